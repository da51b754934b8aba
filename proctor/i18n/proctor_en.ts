<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AccountScreen</name>
    <message>
        <location filename="../app/qml/AccountScreen.qml" line="12" />
        <location filename="../app/qml/AccountScreen.qml" line="85" />
        <source>创建管理员</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location filename="../app/qml/AccountScreen.qml" line="12" />
        <source>控制台已锁定</source>
        <translation>Console locked</translation>
    </message>
    <message>
        <location filename="../app/qml/AccountScreen.qml" line="12" />
        <location filename="../app/qml/AccountScreen.qml" line="85" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../app/qml/AccountScreen.qml" line="31" />
        <source>考场控制台</source>
        <translation>Exam room console</translation>
    </message>
    <message>
        <location filename="../app/qml/AccountScreen.qml" line="44" />
        <source>首次使用：请创建管理员账号。密码至少 8 位，用于保护您的签名密钥。</source>
        <translation>First start: create the administrator account. The password (at least 8 characters) protects your signing key.</translation>
    </message>
    <message>
        <location filename="../app/qml/AccountScreen.qml" line="45" />
        <source>%1（%2），控制台因长时间无操作已锁定。请输入密码继续。</source>
        <translation>%1 (%2): the console locked itself after inactivity. Enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../app/qml/AccountScreen.qml" line="46" />
        <source>请用您的账号登录。</source>
        <translation>Log in with your account.</translation>
    </message>
    <message>
        <location filename="../app/qml/AccountScreen.qml" line="53" />
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../app/qml/AccountScreen.qml" line="61" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/qml/AccountScreen.qml" line="70" />
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../app/qml/AccountScreen.qml" line="85" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../app/qml/AccountScreen.qml" line="90" />
        <source>换人登录</source>
        <translation>Switch person</translation>
    </message>
    <message>
        <location filename="../app/qml/AccountScreen.qml" line="95" />
        <source>切换语言</source>
        <translation>Switch language</translation>
    </message>
</context>
<context>
    <name>AgentStatus</name>
    <message>
        <location filename="../app/qml/AgentStatus.qml" line="10" />
        <source>正在联系站点代理…</source>
        <translation>Contacting the site agent…</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <location filename="../app/qml/CheckInScreen.qml" line="11" />
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../app/qml/CheckInScreen.qml" line="30" />
        <source>准考证号、身份证件号或扫描准考证二维码</source>
        <translation>Ticket no., ID no., or scan the ticket QR code</translation>
    </message>
    <message>
        <location filename="../app/qml/CheckInScreen.qml" line="36" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../app/qml/CheckInScreen.qml" line="41" />
        <source>已签到 %1 / %2，未签到 %3，缺考 %4</source>
        <translation>Checked in %1 / %2, not yet %3, absent %4</translation>
    </message>
    <message>
        <location filename="../app/qml/CheckInScreen.qml" line="75" />
        <source>考生照片</source>
        <translation>Candidate photo</translation>
    </message>
    <message>
        <location filename="../app/qml/CheckInScreen.qml" line="80" />
        <source>无照片</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../app/qml/CheckInScreen.qml" line="100" />
        <source>准考证号 %1</source>
        <translation>Ticket no. %1</translation>
    </message>
    <message>
        <location filename="../app/qml/CheckInScreen.qml" line="130" />
        <source>签到入场</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../app/qml/CheckInScreen.qml" line="137" />
        <source>迟到放行原因（超过截止时间时必填）</source>
        <translation>Reason for admitting late (required after the cut-off)</translation>
    </message>
    <message>
        <location filename="../app/qml/CheckInScreen.qml" line="141" />
        <source>记为缺考</source>
        <translation>Mark absent</translation>
    </message>
</context>
<context>
    <name>CloseScreen</name>
    <message>
        <location filename="../app/qml/CloseScreen.qml" line="10" />
        <source>结束</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/qml/CloseScreen.qml" line="18" />
        <source>本场考试已结束</source>
        <translation>This session is closed</translation>
    </message>
    <message>
        <location filename="../app/qml/CloseScreen.qml" line="18" />
        <source>结束考场</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../app/qml/CloseScreen.qml" line="35" />
        <source>以下 %1 名考生既未交卷、也未记为缺考或取消资格，暂不能结束：</source>
        <translation>These %1 candidates have neither submitted nor been marked absent or removed; the session cannot close yet:</translation>
    </message>
    <message>
        <location filename="../app/qml/CloseScreen.qml" line="47" />
        <source>未完成的考生</source>
        <translation>Candidates not finished</translation>
    </message>
    <message>
        <location filename="../app/qml/CloseScreen.qml" line="60" />
        <source>考场记录备注</source>
        <translation>Notes for the room record</translation>
    </message>
    <message>
        <location filename="../app/qml/CloseScreen.qml" line="72" />
        <source>签名并结束考场</source>
        <translation>Sign and close</translation>
    </message>
    <message>
        <location filename="../app/qml/CloseScreen.qml" line="77" />
        <source>待上传至考试中心的文件：%1</source>
        <translation>Documents waiting for the centre: %1</translation>
    </message>
    <message>
        <location filename="../app/qml/CloseScreen.qml" line="84" />
        <source>已收到终端签名的成绩单 %1 份</source>
        <translation>Score sheets signed by the kiosks: %1</translation>
    </message>
    <message>
        <location filename="../app/qml/CloseScreen.qml" line="92" />
        <source>重新打印成绩单和考场记录</source>
        <translation>Print the score list and room record again</translation>
    </message>
    <message>
        <location filename="../app/qml/CloseScreen.qml" line="99" />
        <source>未连接打印机：另存为 PDF 的文件夹（成绩确认单、成绩单、考场记录各一个文件；未加密，打印后请删除）</source>
        <translation>No printer: folder to save the PDFs to (confirmation sheets, score list and room record, one file each; not encrypted: delete them once printed)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/qml/Main.qml" line="15" />
        <location filename="../app/qml/Main.qml" line="45" />
        <source>考场控制台</source>
        <translation>Exam room console</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="19" />
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="19" />
        <source>考场</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="19" />
        <source>准考证</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="20" />
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="20" />
        <source>开考</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="20" />
        <source>监考</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="21" />
        <source>结束</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="21" />
        <source>实操</source>
        <translation>Practical</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="21" />
        <source>实操评分</source>
        <translation>Grading</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="21" />
        <source>纸质试卷</source>
        <translation>Paper exam</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="22" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="131" />
        <source>切换语言</source>
        <translation>Switch language</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="135" />
        <source>退出登录</source>
        <translation>Log out</translation>
    </message>
</context>
<context>
    <name>MonitorScreen</name>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="11" />
        <source>监考</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="20" />
        <source>空闲</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="21" />
        <source>已配对</source>
        <translation>Paired</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="22" />
        <source>已下发</source>
        <translation>Provisioned</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="23" />
        <source>已登录</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="24" />
        <source>答题中</source>
        <translation>Answering</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="25" />
        <source>已交卷</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="26" />
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="27" />
        <source>停用</source>
        <translation>Out of use</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="28" />
        <source>未签到</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="29" />
        <source>已签到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="30" />
        <source>缺考</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="31" />
        <source>已取消资格</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="50" />
        <source>%1 个考位</source>
        <translation>%1 seats</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="51" />
        <source>⚠ %1 个提醒（举手或离线）</source>
        <translation>⚠ %1 alerts (raised hand or offline)</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="51" />
        <source>无提醒</source>
        <translation>No alerts</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="59" />
        <source>点击考位处理突发情况</source>
        <translation>Click a seat to handle an incident</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="82" />
        <source>考位图</source>
        <translation>Seat map</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="107" />
        <source>考位 %1</source>
        <translation>Seat %1</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="115" />
        <source>备用</source>
        <translation>Spare</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="116" />
        <location filename="../app/qml/MonitorScreen.qml" line="188" />
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="116" />
        <source>举手</source>
        <translation>Hand raised</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="133" />
        <source>%1/%2 题 · 剩 %3</source>
        <translation>%1/%2 answered · %3 left</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="141" />
        <source>保存于 %1 前</source>
        <translation>saved %1 ago</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="142" />
        <source>延时 %1 分</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="172" />
        <source>考位 %1 · %2 · %3</source>
        <translation>Seat %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="182" />
        <source>原因（必填，记入考场记录）</source>
        <translation>Reason (required, goes into the room record)</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="186" />
        <source>延时分钟</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="187" />
        <source>延时</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="188" />
        <source>继续</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="197" />
        <source>备用考位</source>
        <translation>Spare seat</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="199" />
        <source>换机续考</source>
        <translation>Move to spare</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="204" />
        <source>强制交卷</source>
        <translation>Force submit</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="205" />
        <source>违纪警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="209" />
        <source>取消考试资格（需第二名工作人员输入密码）</source>
        <translation>Remove from the exam (a second staff member enters their password)</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="217" />
        <source>第二名工作人员账号</source>
        <translation>Second staff account</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="218" />
        <source>其密码</source>
        <translation>Their password</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="219" />
        <source>朗读确认</source>
        <translation>Read back</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="228" />
        <source>请向考生和第二名工作人员宣读：</source>
        <translation>Read this to the candidate and the second staff member:</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="237" />
        <source>确认取消资格</source>
        <translation>Confirm removal</translation>
    </message>
    <message>
        <location filename="../app/qml/MonitorScreen.qml" line="242" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PaperScreen</name>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="12" />
        <location filename="../app/qml/PaperScreen.qml" line="106" />
        <source>纸质试卷</source>
        <translation>Paper exam</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="60" />
        <source>选择考生</source>
        <translation>Choose a candidate</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="74" />
        <source>考生列表</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="88" />
        <source>全场改用纸质试卷的原因</source>
        <translation>Reason for switching the whole room to paper</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="92" />
        <source>全场改用纸质试卷</source>
        <translation>Switch the whole room to paper</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="113" />
        <source>在左侧选择考位无法使用的考生。</source>
        <translation>Choose, on the left, the candidate whose seat cannot be used.</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="137" />
        <source>改用纸质试卷的原因</source>
        <translation>Reason for switching to paper</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="144" />
        <source>改用纸质试卷</source>
        <translation>Switch to paper</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="162" />
        <source>打印试卷和答题卡</source>
        <translation>Print the paper and answer sheet</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="167" />
        <source>已有打印件，直接录入</source>
        <translation>Already printed: go to the entry</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="179" />
        <source>未连接打印机：另存为 PDF 的路径（含明文试题，打印后请删除）</source>
        <translation>No printer: path to save the PDF to (the questions in clear: delete it once printed)</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="190" />
        <source>第一次录入：照答题卡逐题输入所选字母（判断 A=对，B=错；未作答直接回车）。</source>
        <translation>First entry: type the letters marked on the answer sheet, item by item (true/false: A = true, B = false; blank: just Enter).</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="191" />
        <source>第二次录入：须由另一名工作人员登录后独立录入，不显示第一次的结果。</source>
        <translation>Second entry: another staff member logs in and enters independently; the first entry is not shown.</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="199" />
        <source>第 %1 题（%2，%3）</source>
        <translation>Item %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="202" />
        <source>已到最后一题</source>
        <translation>Past the last item</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="217" />
        <source>答案</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="275" />
        <source>签名提交第一次录入</source>
        <translation>Sign and submit the first entry</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="276" />
        <source>签名提交第二次录入</source>
        <translation>Sign and submit the second entry</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="253" />
        <source>机</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="288" />
        <source>两次录入完全一致。</source>
        <translation>The two entries agree.</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="289" />
        <source>两次录入有 %1 处不一致，须核对答题卡原件：</source>
        <translation>The two entries differ in %1 places; check the answer sheet itself:</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="297" />
        <source>核对说明</source>
        <translation>How it was checked</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="298" />
        <source>核对答题卡原件</source>
        <translation>Checked against the answer sheet</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="311" />
        <source>第 %1 题：第一次 %2，第二次 %3</source>
        <translation>Item %1: first %2, second %3</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="313" />
        <source> → 核对为 %1（%2）</source>
        <translation> → settled as %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="323" />
        <source>第 %1 题核对结果</source>
        <translation>Item %1 as checked</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="329" />
        <source>确认核对结果</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="330" />
        <source>确认第 %1 题</source>
        <translation>Confirm item %1</translation>
    </message>
    <message>
        <location filename="../app/qml/PaperScreen.qml" line="340" />
        <source>评分并生成纸质成绩单</source>
        <translation>Score and make the paper score sheet</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="10" />
        <source>考试计划</source>
        <translation>Exam plan</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="38" />
        <source>站点代理的考试计划</source>
        <translation>Plans at the site agent</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="50" />
        <source>未设置站点代理（管理员在“设置”中填写）；可从文件导入计划包。</source>
        <translation>No site agent set (an administrator sets it in Settings); a plan package can be imported from a file.</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="51" />
        <source>正在联系站点代理…</source>
        <translation>Contacting the site agent…</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="58" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="72" />
        <source>%1　第 %2 版　摘要 %3</source>
        <translation>%1   version %2   digest %3</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="73" />
        <source>（正在使用）</source>
        <translation>(in use)</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="81" />
        <source>选用 %1</source>
        <translation>Use %1</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="97" />
        <source>计划包文件或中心文件夹路径</source>
        <translation>Plan package file or centre files folder</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="102" />
        <source>导入计划包</source>
        <translation>Import package</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="108" />
        <source>导入中心文件夹</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="126" />
        <source>尚未选用考试计划。请从站点代理的计划中选用，或导入考试中心的计划包（或中心文件夹）。</source>
        <translation>No plan in use yet. Pick one of the site agent's plans, or import the exam centre's plan package (or centre files folder).</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="152" />
        <source>考试计划表</source>
        <translation>Exam plan (table 5)</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="203" />
        <source>考生名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="207" />
        <source>考生名册：%1 人，%2 人有提示</source>
        <translation>Roster: %1 candidates, %2 with warnings</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="222" />
        <source>学时 %1</source>
        <translation>hours %1</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="259" />
        <source>拒绝原因</source>
        <translation>Reason for refusing</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="264" />
        <source>拒绝</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../app/qml/PlanScreen.qml" line="272" />
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>PracticalCandidatesPage</name>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="38" />
        <source>为全部可参加考生系统抽题</source>
        <translation>System draw for every eligible candidate</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="43" />
        <source>打印实操评分表</source>
        <translation>Print practical score sheets</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="68" />
        <source>实操考生</source>
        <translation>Practical candidates</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="91" />
        <source>（补考）</source>
        <translation> (make-up)</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="106" />
        <source>未抽题</source>
        <translation>No tasks drawn</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="118" />
        <source>不可参加</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="119" />
        <source>待复核</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="121" />
        <source>已评 %1</source>
        <translation>Scored %1</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="160" />
        <source>资格</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="165" />
        <source>已抽试题：%1</source>
        <translation>Tasks drawn: %1</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="169" />
        <source>已抽试题</source>
        <translation>Tasks drawn</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="176" />
        <source>在他处理论合格的依据（必填）</source>
        <translation>Where the knowledge pass is from (required)</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="180" />
        <source>标记为可参加</source>
        <translation>Mark eligible</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="186" />
        <source>系统抽题</source>
        <translation>System draw</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="192" />
        <source>考生抽签：按科目记录抽到的试题</source>
        <translation>Drawn by lot: record the task per subject</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="220" />
        <source>抽签试题</source>
        <translation>Task drawn</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="223" />
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="224" />
        <source>记录抽签</source>
        <translation>Record lot</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="233" />
        <source>机考科目成绩</source>
        <translation>Machine-scored subject</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="248" />
        <source>机考科目</source>
        <translation>Machine subject</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="255" />
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="257" />
        <source>机考得分</source>
        <translation>Machine score</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="264" />
        <source>来源（设备名称）</source>
        <translation>Source (station name)</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="265" />
        <source>机考来源</source>
        <translation>Machine source</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="268" />
        <source>录入</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalCandidatesPage.qml" line="269" />
        <source>录入机考成绩</source>
        <translation>Enter machine score</translation>
    </message>
</context>
<context>
    <name>PracticalReviewPage</name>
    <message>
        <location filename="../app/qml/PracticalReviewPage.qml" line="17" />
        <source>两名考评员评分差距过大（%1 项）</source>
        <translation>Two graders too far apart (%1)</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalReviewPage.qml" line="25" />
        <source>没有待复核的科目。</source>
        <translation>No subject to review.</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalReviewPage.qml" line="47" />
        <source>%1 %2 · %3 %4 · 两名考评员评分 %5（相差 %6 分）· 第 %7 轮</source>
        <translation>%1 %2 · %3 %4 · graders gave %5 (%6 apart) · round %7</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalReviewPage.qml" line="65" />
        <source>原因（必填，记入日志）</source>
        <translation>Reason (required, logged)</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalReviewPage.qml" line="69" />
        <source>退回重新评分</source>
        <translation>Send back for re-mark</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalReviewPage.qml" line="79" />
        <source>裁定得分</source>
        <translation>Decided score</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalReviewPage.qml" line="85" />
        <source>主考评员账号</source>
        <translation>Chief grader account</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalReviewPage.qml" line="90" />
        <source>主考评员密码</source>
        <translation>Chief grader password</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalReviewPage.qml" line="95" />
        <source>主考评员裁定</source>
        <translation>Chief grader's decision</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalReviewPage.qml" line="114" />
        <source>补考与重新培训（%1 人）</source>
        <translation>Make-up and retrain (%1)</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalReviewPage.qml" line="126" />
        <source>补考名单</source>
        <translation>Make-up list</translation>
    </message>
</context>
<context>
    <name>PracticalScreen</name>
    <message>
        <location filename="../app/qml/PracticalScreen.qml" line="12" />
        <source>实操</source>
        <translation>Practical</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalScreen.qml" line="15" />
        <source>场次与考评员</source>
        <translation>Session and graders</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalScreen.qml" line="15" />
        <source>考生与抽题</source>
        <translation>Candidates and draw</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalScreen.qml" line="15" />
        <source>复核与补考</source>
        <translation>Review and make-up</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalScreen.qml" line="15" />
        <source>结束实操</source>
        <translation>Close practical</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalScreen.qml" line="22" />
        <source>实际操作考试</source>
        <translation>Practical exam</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalScreen.qml" line="35" />
        <source>实操概况</source>
        <translation>Practical summary</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalScreen.qml" line="66" />
        <source>实操考试已结束，成绩单已会签。</source>
        <translation>The practical exam is closed; the sheets are countersigned.</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalScreen.qml" line="67" />
        <source>结束时，每名评完的考生生成实操成绩单（含各考评员的签名评分），由您会签后放入待上传队列；未参加的考生记为缺考。尚有待评或待复核的考生时不能结束。</source>
        <translation>At the close every fully scored candidate gets a practical score sheet (with each grader's signed marks), countersigned by you and queued for the centre; candidates never marked are absent. It cannot close while a candidate is part-way or to review.</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalScreen.qml" line="76" />
        <source>会签并结束实操考试</source>
        <translation>Countersign and close the practical exam</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalScreen.qml" line="81" />
        <source>待上传至考试中心的文件：%1</source>
        <translation>Documents waiting for the centre: %1</translation>
    </message>
</context>
<context>
    <name>PracticalSessionPage</name>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="19" />
        <source>两名考评员分差上限（分）</source>
        <translation>Allowed difference between two graders (points)</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="26" />
        <source>开始实操考试</source>
        <translation>Open the practical exam</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="33" />
        <source>场次 %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="40" />
        <source>考评员</source>
        <translation>Graders</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="48" />
        <source>还没有考评员账号。</source>
        <translation>No grader accounts yet.</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="67" />
        <source>主考评员</source>
        <translation>Chief grader</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="67" />
        <source>本场考评员</source>
        <translation>Grader of this session</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="67" />
        <source>未指定</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="74" />
        <location filename="../app/qml/PracticalSessionPage.qml" line="75" />
        <source>指定为考评员</source>
        <translation>Assign as grader</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="80" />
        <location filename="../app/qml/PracticalSessionPage.qml" line="81" />
        <source>指定为主考评员</source>
        <translation>Assign as chief grader</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="91" />
        <source>新建考评员账号（考评员用自己的账号登录控制台评分）</source>
        <translation>New grader account (graders log in to the console with their own account to mark)</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="103" />
        <source>考评员账号</source>
        <translation>Grader account</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="108" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="114" />
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../app/qml/PracticalSessionPage.qml" line="121" />
        <source>新建考评员</source>
        <translation>Create grader</translation>
    </message>
</context>
<context>
    <name>PrintOutput</name>
    <message>
        <location filename="../app/qml/PrintOutput.qml" line="14" />
        <source>未连接打印机：另存为 PDF 的路径（文件或文件夹；文件未加密，打印后请删除）</source>
        <translation>No printer: path to save the PDF to (a file or a folder; the file is not encrypted: delete it once printed)</translation>
    </message>
    <message>
        <location filename="../app/qml/PrintOutput.qml" line="27" />
        <source>打印情况</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../app/qml/PrintOutput.qml" line="41" />
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="10" />
        <source>考场</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="30" />
        <source>考场 %1：%2 个考位，已配对 %3，可用 %4</source>
        <translation>Room %1: %2 seats, %3 paired, %4 usable</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="41" />
        <source>建立考位（%1 个）</source>
        <translation>Create seats (%1)</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="46" />
        <source>下发考试到各考位</source>
        <translation>Provision every seat</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="53" />
        <source>考场连接：%1（在线 %2 台）；配对：%3</source>
        <translation>Room link: %1 (%2 online); pairing: %3</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="54" />
        <source>考场连接未启动</source>
        <translation>Room link not running</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="74" />
        <source>终端请求配对　配对码 %1　指纹 %2</source>
        <translation>Kiosk asks to pair   code %1   fingerprint %2</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="84" />
        <source>考位号</source>
        <translation>Seat no.</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="91" />
        <source>核对无误，配对</source>
        <translation>Matches: pair</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="103" />
        <source>备用考位数</source>
        <translation>Spare seats</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="110" />
        <source>随机编排</source>
        <translation>Assign at random</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="115" />
        <source>按准考证号编排</source>
        <translation>Assign by ticket no.</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="120" />
        <source>打印座位表</source>
        <translation>Print seat chart</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="164" />
        <source>考位列表</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="169" />
        <source>考位</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="169" />
        <source>终端</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="169" />
        <source>设备检查</source>
        <translation>Equipment check</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="169" />
        <source>考生</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="169" />
        <source>下发</source>
        <translation>Provisioning</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="188" />
        <source>备用</source>
        <translation>Spare</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="188" />
        <source>停用</source>
        <translation>Out of use</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="196" />
        <source>未配对</source>
        <translation>Not paired</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="204" />
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="204" />
        <source>未通过：</source>
        <translation>Failed: </translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="204" />
        <source>未检查</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="223" />
        <source>下发进度</source>
        <translation>Provisioning progress</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="228" />
        <source>已下发</source>
        <translation>Provisioned</translation>
    </message>
    <message>
        <location filename="../app/qml/RoomScreen.qml" line="229" />
        <source>失败</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../app/qml/SettingsScreen.qml" line="11" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsScreen.qml" line="20" />
        <source>站点代理（上传考试中心）</source>
        <translation>Site agent (upload to the exam centre)</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsScreen.qml" line="41" />
        <source>本控制台的连接公钥（请站点技术员登记到站点代理）</source>
        <translation>This console's link key (the site technician enrols it at the agent)</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsScreen.qml" line="58" />
        <source>本控制台公钥</source>
        <translation>Console key</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsScreen.qml" line="62" />
        <source>指纹：%1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsScreen.qml" line="71" />
        <source>在站点代理的 /etc/examroom/agent.json 中，把上面的公钥加入 agent.link.consoles，然后执行 systemctl restart examroom-agent。核对指纹时请逐组读出。</source>
        <translation>On the agent, add the key above to agent.link.consoles in /etc/examroom/agent.json, then run systemctl restart examroom-agent. Read the fingerprint aloud group by group to compare it.</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsScreen.qml" line="87" />
        <source>站点代理地址</source>
        <translation>Agent address</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsScreen.qml" line="95" />
        <source>站点代理公钥（examroom-agent keys show 的 keys: 一行）</source>
        <translation>Agent keys (the keys: line of examroom-agent keys show)</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsScreen.qml" line="102" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsScreen.qml" line="110" />
        <source>已固定的站点代理指纹：%1（应与 examroom-agent keys show 显示的一致）</source>
        <translation>Pinned agent fingerprint: %1 (must match what examroom-agent keys show prints)</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsScreen.qml" line="141" />
        <source>立即交给站点代理</source>
        <translation>Hand off to the agent now</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsScreen.qml" line="152" />
        <source>上次交付的问题</source>
        <translation>Problems of the last hand-off</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../app/qml/StartScreen.qml" line="9" />
        <source>开考</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../app/qml/StartScreen.qml" line="22" />
        <source>开启考试</source>
        <translation>Open the exam</translation>
    </message>
    <message>
        <location filename="../app/qml/StartScreen.qml" line="31" />
        <source>考试时间：%1。已签到 %2 人。请输入考试中心下发的授权密码（12 位，不区分大小写，可含短横线）。</source>
        <translation>Exam time: %1. %2 checked in. Enter the authorization password released by the centre (12 characters; case and hyphens do not matter).</translation>
    </message>
    <message>
        <location filename="../app/qml/StartScreen.qml" line="51" />
        <source>授权密码</source>
        <translation>Authorization password</translation>
    </message>
    <message>
        <location filename="../app/qml/StartScreen.qml" line="63" />
        <source>再解锁考位（逗号分隔，留空为全部考位）</source>
        <translation>Unlock more seats (comma-separated; empty: every seat)</translation>
    </message>
    <message>
        <location filename="../app/qml/StartScreen.qml" line="64" />
        <source>只解锁这些考位（逗号分隔，留空为全部考位）</source>
        <translation>Unlock only these seats (comma-separated; empty: every seat)</translation>
    </message>
    <message>
        <location filename="../app/qml/StartScreen.qml" line="69" />
        <source>解锁考位</source>
        <translation>Unlock seats</translation>
    </message>
    <message>
        <location filename="../app/qml/StartScreen.qml" line="77" />
        <source>控制台重启后需要再次输入授权密码，才能解锁重启的考位。</source>
        <translation>The console restarted: enter the authorization password again to unlock seats that restarted.</translation>
    </message>
    <message>
        <location filename="../app/qml/StartScreen.qml" line="86" />
        <source>再次输入授权密码</source>
        <translation>Authorization password again</translation>
    </message>
    <message>
        <location filename="../app/qml/StartScreen.qml" line="92" />
        <source>验证并解锁考位</source>
        <translation>Check and unlock seats</translation>
    </message>
    <message>
        <location filename="../app/qml/StartScreen.qml" line="100" />
        <source>提前开考原因（仅管理员，考试时间之前必填）</source>
        <translation>Reason for an early start (administrator only, required before the exam time)</translation>
    </message>
    <message>
        <location filename="../app/qml/StartScreen.qml" line="104" />
        <source>授权密码错误次数：连续 %1，累计 %2（均已记录）</source>
        <translation>Wrong authorization passwords: %1 in a row, %2 in all (all logged)</translation>
    </message>
    <message>
        <location filename="../app/qml/StartScreen.qml" line="117" />
        <source>验证并开考</source>
        <translation>Verify and start</translation>
    </message>
</context>
<context>
    <name>TicketsScreen</name>
    <message>
        <location filename="../app/qml/TicketsScreen.qml" line="9" />
        <source>准考证</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../app/qml/TicketsScreen.qml" line="17" />
        <source>准考证（表4）</source>
        <translation>Admission tickets (table 4)</translation>
    </message>
    <message>
        <location filename="../app/qml/TicketsScreen.qml" line="26" />
        <source>为 %1 名考生生成准考证：每人一张，含照片、考生注意事项和准考证号二维码（签到时扫描）。编排考位后打印，准考证上会印考位号。</source>
        <translation>Makes an admission ticket for each of the %1 candidates, with photo, notices and a QR code of the ticket number (scanned at check-in). Print after assigning seats and the seat is printed too.</translation>
    </message>
    <message>
        <location filename="../app/qml/TicketsScreen.qml" line="33" />
        <source>打印全部准考证</source>
        <translation>Print all admission tickets</translation>
    </message>
    <message>
        <location filename="../app/qml/TicketsScreen.qml" line="40" />
        <source>未连接打印机：另存为 PDF 的路径（含考生姓名、证件号和照片，未加密，打印后请删除）</source>
        <translation>No printer: path to save the PDF to (names, ID numbers and photos, not encrypted: delete it once printed)</translation>
    </message>
</context>
<context>
    <name>examroom::AgentLinkController</name>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="150" />
        <source>已保存站点代理设置。</source>
        <translation>Site agent settings saved.</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="174" />
        <location filename="../app/AgentLinkController.cpp" line="357" />
        <location filename="../app/AgentLinkController.cpp" line="418" />
        <source>内部错误，操作未完成：%1</source>
        <translation>Internal error, nothing done: %1</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="205" />
        <source>未设置站点代理：文件留在本机（管理员在“设置”中填写）</source>
        <translation>No site agent set: documents stay on this console (an administrator sets it in Settings)</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="207" />
        <source>站点代理未应答（%1）：%2 份文件等待，稍后自动重试</source>
        <translation>The site agent did not answer (%1): %2 documents waiting, retried automatically</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="209" />
        <source>站点代理拒收：%1（%2 份仍在等待）</source>
        <translation>The site agent refused: %1 (%2 still waiting)</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="211" />
        <source>%1 份文件等待交给站点代理（已交 %2 份，%3）</source>
        <translation>%1 documents waiting for the site agent (%2 handed off, %3)</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="215" />
        <source>%1 份文件等待交给站点代理</source>
        <translation>%1 documents waiting for the site agent</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="216" />
        <source>已全部交给站点代理（%1 份，%2）</source>
        <translation>All handed off to the site agent (%1 documents, %2)</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="217" />
        <source>没有等待上传的文件</source>
        <translation>No documents waiting</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="223" />
        <source>未设置站点代理：请管理员在“设置”中填写代理地址和公钥。</source>
        <translation>No site agent set: an administrator enters its address and keys in Settings.</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="261" />
        <source>站点代理尚未收到考试计划。</source>
        <translation>The site agent has received no plan yet.</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="262" />
        <source>站点代理已收到 %1 个考试计划：</source>
        <translation>The site agent holds %1 plan(s):</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="265" />
        <source>未能从站点代理取得考试计划：%1</source>
        <translation>The site agent's plans could not be fetched: %1</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="307" />
        <source>站点代理的计划列表中没有 %1（第 %2 版）。</source>
        <translation>The site agent's list has no %1 (version %2).</translation>
    </message>
    <message>
        <location filename="../app/AgentLinkController.cpp" line="321" />
        <source>没有等待上传的文件。</source>
        <translation>No documents waiting.</translation>
    </message>
</context>
<context>
    <name>examroom::CheckInController</name>
    <message>
        <location filename="../app/CheckInController.cpp" line="51" />
        <source>考位 %1</source>
        <translation>Seat %1</translation>
    </message>
    <message>
        <location filename="../app/CheckInController.cpp" line="51" />
        <source>未编排考位</source>
        <translation>No seat yet</translation>
    </message>
    <message>
        <location filename="../app/CheckInController.cpp" line="75" />
        <source>未签到</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <location filename="../app/CheckInController.cpp" line="77" />
        <source>已签到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../app/CheckInController.cpp" line="79" />
        <source>缺考</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../app/CheckInController.cpp" line="81" />
        <source>已交卷</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../app/CheckInController.cpp" line="83" />
        <source>已取消考试资格</source>
        <translation>Removed from the exam</translation>
    </message>
    <message>
        <location filename="../app/CheckInController.cpp" line="102" />
        <source>考场尚未编排</source>
        <translation>Seats not assigned yet</translation>
    </message>
    <message>
        <location filename="../app/CheckInController.cpp" line="104" />
        <source>迟到入场截止：%1</source>
        <translation>Late entry until %1</translation>
    </message>
    <message>
        <location filename="../app/CheckInController.cpp" line="107" />
        <source>开考后 %1 分钟内可入场</source>
        <translation>Entry until %1 minutes after the start</translation>
    </message>
    <message>
        <location filename="../app/CheckInController.cpp" line="145" />
        <source>请先在“考场”步骤编排考位。</source>
        <translation>Assign seats in the Room step first.</translation>
    </message>
    <message>
        <location filename="../app/CheckInController.cpp" line="152" />
        <source>本考场没有这位考生。</source>
        <translation>No such candidate in this room.</translation>
    </message>
    <message>
        <location filename="../app/CheckInController.cpp" line="168" />
        <source>%1 已签到。</source>
        <translation>%1 checked in.</translation>
    </message>
    <message>
        <location filename="../app/CheckInController.cpp" line="182" />
        <source>%1 已记为缺考。</source>
        <translation>%1 marked absent.</translation>
    </message>
</context>
<context>
    <name>examroom::CloseController</name>
    <message>
        <location filename="../app/CloseController.cpp" line="84" />
        <source>考场尚未编排。</source>
        <translation>Seats not assigned yet.</translation>
    </message>
    <message>
        <location filename="../app/CloseController.cpp" line="92" />
        <source>应考 %1 人：已交卷 %2，缺考 %3，取消资格 %4。</source>
        <translation>%1 expected: %2 submitted, %3 absent, %4 removed.</translation>
    </message>
    <message>
        <location filename="../app/CloseController.cpp" line="110" />
        <source>考场已结束；考场记录已由您签名，等待上传至考试中心。</source>
        <translation>Session closed; you signed the room record, which waits to go to the centre.</translation>
    </message>
    <message>
        <location filename="../app/CloseController.cpp" line="183" />
        <source>考场结束后才能打印成绩单和考场记录。</source>
        <translation>The score list and the room record are printed once the session is closed.</translation>
    </message>
    <message>
        <location filename="../app/CloseController.cpp" line="218" />
        <source>成绩确认单</source>
        <translation>Confirmation sheets</translation>
    </message>
    <message>
        <location filename="../app/CloseController.cpp" line="246" />
        <source>考场成绩单</source>
        <translation>Score list</translation>
    </message>
    <message>
        <location filename="../app/CloseController.cpp" line="311" />
        <source>考场记录</source>
        <translation>Room record</translation>
    </message>
</context>
<context>
    <name>examroom::ConsoleController</name>
    <message>
        <location filename="../app/ConsoleController.cpp" line="138" />
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../app/ConsoleController.cpp" line="140" />
        <source>监考</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <location filename="../app/ConsoleController.cpp" line="142" />
        <source>考评</source>
        <translation>Grader</translation>
    </message>
    <message>
        <location filename="../app/ConsoleController.cpp" line="156" />
        <source>尚未导入考试计划</source>
        <translation>No exam plan imported</translation>
    </message>
    <message>
        <location filename="../app/ConsoleController.cpp" line="165" />
        <source>考场 %1</source>
        <translation>Room %1</translation>
    </message>
    <message>
        <location filename="../app/ConsoleController.cpp" line="173" />
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../app/ConsoleController.cpp" line="183" />
        <source>管理员账号已创建。</source>
        <translation>Administrator account created.</translation>
    </message>
</context>
<context>
    <name>examroom::MonitorController</name>
    <message>
        <location filename="../app/MonitorController.cpp" line="107" />
        <source>已延时 %1 分钟。</source>
        <translation>Extended by %1 minutes.</translation>
    </message>
    <message>
        <location filename="../app/MonitorController.cpp" line="119" />
        <source>已暂停。</source>
        <translation>Paused.</translation>
    </message>
    <message>
        <location filename="../app/MonitorController.cpp" line="131" />
        <source>已继续。</source>
        <translation>Resumed.</translation>
    </message>
    <message>
        <location filename="../app/MonitorController.cpp" line="146" />
        <source>已换到考位 %1，原考位停用。</source>
        <translation>Moved to seat %1; the old seat is out of use.</translation>
    </message>
    <message>
        <location filename="../app/MonitorController.cpp" line="163" />
        <source>已强制交卷。</source>
        <translation>Submitted by the proctor.</translation>
    </message>
    <message>
        <location filename="../app/MonitorController.cpp" line="175" />
        <source>已记录违纪警告。</source>
        <translation>Warning recorded.</translation>
    </message>
    <message>
        <location filename="../app/MonitorController.cpp" line="198" />
        <source>已取消该考生本场考试资格（双人确认）。</source>
        <translation>Candidate removed from this sitting (two staff confirmed).</translation>
    </message>
</context>
<context>
    <name>examroom::PaperController</name>
    <message>
        <location filename="../app/PaperController.cpp" line="20" />
        <source>判断</source>
        <translation>True/false</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="22" />
        <source>单选</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="24" />
        <location filename="../app/ScreenRenderer.cpp" line="391" />
        <source>多选</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="35" />
        <source>“%1”不是选项（A–%2）</source>
        <translation>"%1" is not an option (A–%2)</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="37" />
        <source>%1 填了两次</source>
        <translation>%1 is given twice</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="39" />
        <source>%1题只填一个字母，不能填 %2</source>
        <translation>%1: one letter only, not %2</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="69" />
        <source>题库图片不全，试卷上缺图处将标注“图片缺失”。</source>
        <translation>Some of the bank's images are missing: the paper marks them "image missing".</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="79" />
        <source>尚未导入考试计划。</source>
        <translation>No plan imported yet.</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="91" />
        <source>题库尚未解锁：请先在“开考”输入授权密码。</source>
        <translation>The bank is still locked: enter the authorization password on Start first.</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="96" />
        <source>数据密钥打不开题库。</source>
        <translation>The data key does not open the bank.</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="105" />
        <source>题库无法读取。</source>
        <translation>The bank cannot be read.</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="156" />
        <source>纸质</source>
        <translation>paper</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="173" />
        <source>考位 %1 · 准考证号 %2 · %3</source>
        <translation>Seat %1 · ticket %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="203" />
        <source>在考位上作答。</source>
        <translation>Answering at the seat.</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="204" />
        <source>已改用纸质试卷（原因：%1，%2）。保留机考答案 %3 题。</source>
        <translation>On paper (reason: %1, by %2). Kiosk answers kept: %3.</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="208" />
        <source>第 %1 次录入：%2。</source>
        <translation>Entry %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="256" />
        <location filename="../app/PaperController.cpp" line="257" />
        <location filename="../app/PaperController.cpp" line="259" />
        <source>（空）</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="273" />
        <source>纸质试卷成绩：%1 分，%2。成绩单标记为纸质考试，结束考场时由监考会签并上传。</source>
        <translation>Paper score: %1 points, %2. The sheet is marked as a paper exam; the proctor countersigns it at the close and it is uploaded.</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="275" />
        <source>合格</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="275" />
        <source>不合格</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="298" />
        <source>已改用纸质试卷并记入考场记录；请打印试卷和答题卡。</source>
        <translation>Switched to paper and entered in the room record; print the paper and answer sheet.</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="317" />
        <source>全场 %1 名考生已改用纸质试卷。</source>
        <translation>All %1 candidates of the room are now on paper.</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="364" />
        <location filename="../app/PaperController.cpp" line="381" />
        <source>试卷与答题卡</source>
        <translation>Paper and answer sheet</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="486" />
        <source>没有第 %1 题</source>
        <translation>There is no item %1</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="492" />
        <location filename="../app/PaperController.cpp" line="551" />
        <source>第 %1 题：%2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="528" />
        <source>录入已签名保存。</source>
        <translation>Entry signed and saved.</translation>
    </message>
    <message>
        <location filename="../app/PaperController.cpp" line="557" />
        <source>第 %1 题已核对。</source>
        <translation>Item %1 settled.</translation>
    </message>
</context>
<context>
    <name>examroom::PlanController</name>
    <message>
        <location filename="../app/PlanController.cpp" line="78" />
        <source>已确认，确认单已签名并放入待上传</source>
        <translation>Confirmed; the signed confirmation waits to go to the centre</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="80" />
        <source>已拒绝，拒绝单已签名并放入待上传</source>
        <translation>Refused; the signed refusal waits to go to the centre</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="82" />
        <source>待核对确认</source>
        <translation>To be checked and confirmed</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="91" />
        <source>计划包（中心签名已验证）</source>
        <translation>Plan package (centre signature verified)</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="92" />
        <source>中心文件夹（无计划包：不能用授权密码开考）</source>
        <translation>Centre files folder (no package: the exam cannot be opened with an authorization password)</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="104" />
        <source>%1（%2座）</source>
        <translation>%1 (%2 seats)</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="106" />
        <source>计划编号</source>
        <translation>Plan no.</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="107" />
        <source>考试计划名称</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="108" />
        <source>申请单位</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="109" />
        <source>单位地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="110" />
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="111" />
        <source>考核发证机关</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="112" />
        <source>考试对象</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="113" />
        <source>考试类型</source>
        <translation>Exam kind</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="114" />
        <source>资格类型</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="115" />
        <source>作业类别</source>
        <translation>Operation category</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="116" />
        <source>操作项目</source>
        <translation>Operation item</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="117" />
        <source>理论考试时间</source>
        <translation>Knowledge exam</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="119" />
        <source>实操考试时间</source>
        <translation>Practical exam</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="123" />
        <source>考点</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="124" />
        <source>考场</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="125" />
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="126" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="127" />
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="128" />
        <source>传真</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="129" />
        <source>考试时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="129" />
        <source>%1 分钟，满分 %2，%3 分及格</source>
        <translation>%1 minutes, %2 points, pass at %3</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="152" />
        <source>（补考）</source>
        <translation> (make-up)</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="188" />
        <source>已导入考试计划 %1，请核对后确认。</source>
        <translation>Imported plan %1; check it, then confirm.</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="200" />
        <source>中心文件有误，未导入：
%1</source>
        <translation>The centre files have errors; nothing imported:
%1</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="224" />
        <source>未配置考试中心公钥（centre_key），不能验证计划包。</source>
        <translation>No centre public key (centre_key) is configured; packages cannot be verified.</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="212" />
        <source>无法读取文件：%1</source>
        <translation>Cannot read the file %1</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="230" />
        <source>计划包未通过验证，未导入：%1</source>
        <translation>The package failed verification; nothing imported: %1</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="246" />
        <source>已确认考试计划；确认单已签名，等待上传至考试中心。</source>
        <translation>Plan confirmed; the signed confirmation waits to go to the centre.</translation>
    </message>
    <message>
        <location filename="../app/PlanController.cpp" line="262" />
        <source>已拒绝考试计划；拒绝单已签名，等待上传至考试中心。</source>
        <translation>Plan refused; the signed refusal waits to go to the centre.</translation>
    </message>
</context>
<context>
    <name>examroom::PracticalController</name>
    <message>
        <location filename="../app/PracticalController.cpp" line="24" />
        <source>理论考试在本系统合格</source>
        <translation>Passed the knowledge exam here</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="26" />
        <source>监考标记合格：%1</source>
        <translation>Marked eligible by the proctor: %1</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="28" />
        <source>实操考试已合格，不再考试</source>
        <translation>Already passed the practical exam</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="30" />
        <source>实操补考不合格：须重新参加培训</source>
        <translation>Failed the practical make-up: retrain</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="32" />
        <source>实操考试不合格一次：只能参加补考</source>
        <translation>Failed the practical exam once: only the make-up is allowed</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="34" />
        <source>理论考试不合格：须先补考</source>
        <translation>Failed the knowledge exam: needs its make-up first</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="36" />
        <source>理论补考不合格：须重新参加培训</source>
        <translation>Failed the knowledge make-up: retrain</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="40" />
        <source>本系统无理论考试合格记录（如在他处合格，可由监考标记）</source>
        <translation>No knowledge pass recorded here (a proctor may mark one from elsewhere)</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="136" />
        <source>否决，不合格</source>
        <translation>vetoed, failed</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="137" />
        <source>合格</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="138" />
        <source>不合格</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="206" />
        <source>请先导入考试计划。</source>
        <translation>Import an exam plan first.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="208" />
        <source>本计划没有实操评分表，无需实操考试。</source>
        <translation>This plan has no practical rubric: no practical exam.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="210" />
        <source>实操考试尚未开始：开始后列出可参加的考生。</source>
        <translation>The practical exam is not open yet: once open, the eligible candidates are listed.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="220" />
        <source>考生 %1 人：可参加 %2，不可参加 %3；已抽题 %4，已评完 %5，待复核 %6。</source>
        <translation>%1 candidates: %2 eligible, %3 not; %4 drawn, %5 fully scored, %6 to review.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="236" />
        <source>本计划没有实操评分表。</source>
        <translation>This plan has no practical rubric.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="244" />
        <source>实操考试已开始。</source>
        <translation>The practical exam is open.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="258" />
        <source>%1 已标记为可参加实操考试。</source>
        <translation>%1 is marked eligible for the practical exam.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="272" />
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="278" />
        <source>考评员账号 %1 已创建。</source>
        <translation>Grader account %1 created.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="291" />
        <source>%1 已指定为本场主考评员。</source>
        <translation>%1 is the chief grader of this session.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="292" />
        <source>%1 已指定为本场考评员。</source>
        <translation>%1 is a grader of this session.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="304" />
        <source>%1 已由系统抽题（已记录）。</source>
        <translation>Tasks drawn for %1 by the system (recorded).</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="325" />
        <source>已为 %1 名考生抽题（已记录）。</source>
        <translation>Tasks drawn for %1 candidates (recorded).</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="338" />
        <source>已记录 %1 %2 抽到的试题 %3。</source>
        <translation>Recorded: %1 drew %3 for %2.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="349" />
        <source>实操考试尚未开始。</source>
        <translation>The practical exam is not open yet.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="381" />
        <source>还没有抽完题的考生。</source>
        <translation>No candidate has all tasks drawn yet.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="384" />
        <source>%1 名考生的实操评分表</source>
        <translation>Practical score sheets of %1 candidates</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="417" />
        <source>已录入 %1 %2 的机考成绩。</source>
        <translation>Machine score entered for %1 %2.</translation>
    </message>
    <message>
        <location filename="../app/PracticalController.cpp" line="432" />
        <source>实操考试已结束：%1 份实操成绩单已由您会签，等待上传至考试中心。</source>
        <translation>The practical exam is closed: %1 practical score sheets countersigned by you, waiting for the centre.</translation>
    </message>
</context>
<context>
    <name>examroom::PracticalReviewController</name>
    <message>
        <location filename="../app/PracticalReviewController.cpp" line="101" />
        <source>理论考试</source>
        <translation>Knowledge exam</translation>
    </message>
    <message>
        <location filename="../app/PracticalReviewController.cpp" line="102" />
        <source>实际操作考试</source>
        <translation>Practical exam</translation>
    </message>
    <message>
        <location filename="../app/PracticalReviewController.cpp" line="106" />
        <source>补考不合格：重新参加培训，不再接受考试</source>
        <translation>Failed the make-up: retrain, no further attempt</translation>
    </message>
    <message>
        <location filename="../app/PracticalReviewController.cpp" line="106" />
        <source>需补考（仅一次）</source>
        <translation>Needs a make-up (one only)</translation>
    </message>
    <message>
        <location filename="../app/PracticalReviewController.cpp" line="123" />
        <source>%1 %2 已退回考评员重新评分。</source>
        <translation>%1 %2 sent back to the graders for a re-mark.</translation>
    </message>
    <message>
        <location filename="../app/PracticalReviewController.cpp" line="147" />
        <source>主考评员 %1 已裁定 %2 %3：%4 分。</source>
        <translation>Chief grader %1 decided %2 %3: %4 points.</translation>
    </message>
</context>
<context>
    <name>examroom::PrintingStep</name>
    <message>
        <location filename="../app/PrintingStep.cpp" line="44" />
        <location filename="../app/PrintingStep.cpp" line="95" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="46" />
        <source>未连接打印机（找不到 lp）：%1不写入磁盘。请连接打印机后重试，或用“另存为 PDF”保存到您选择的位置。</source>
        <translation>No printer connected (lp not found): %1 not written to disk. Connect a printer and try again, or use "Save as PDF" to a place you choose.</translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="58" />
        <location filename="../app/PrintingStep.cpp" line="105" />
        <source>%1未能生成：%2</source>
        <translation>%1 not made: %2</translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="65" />
        <source>%1未能打印（%2：%3）</source>
        <translation>%1 not printed (%2: %3)</translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="69" />
        <source>%1 %2 页</source>
        <translation>%1, %2 page(s)</translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="70" />
        <source>%1 %2 页（%3）</source>
        <translation>%1, %2 page(s) (%3)</translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="73" />
        <source>已送打印机：%1。</source>
        <translation>Sent to the printer: %1.</translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="73" />
        <location filename="../app/PrintingStep.cpp" line="75" />
        <location filename="../app/PrintingStep.cpp" line="128" />
        <location filename="../app/PrintingStep.cpp" line="130" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="75" />
        <source>%1。请检查打印机后重试。</source>
        <translation>%1. Check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="87" />
        <source>请填写保存 PDF 的位置（文件夹，或单个表格的文件名）。</source>
        <translation>Enter where to save the PDF (a folder, or a file name for a single form).</translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="95" />
        <source>%1 是多份表格：请填写一个已有的文件夹。</source>
        <translation>%1 are several forms: enter an existing folder.</translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="111" />
        <source>%1未能保存到 %2：%3</source>
        <translation>%1 not saved to %2: %3</translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="121" />
        <source>%1未保存：%2</source>
        <translation>%1 not saved: %2</translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="124" />
        <source>%1 %2 页 → %3</source>
        <translation>%1, %2 page(s) → %3</translation>
    </message>
    <message>
        <location filename="../app/PrintingStep.cpp" line="128" />
        <source>已按您的选择保存：%1（文件未加密，打印后请删除）。</source>
        <translation>Saved where you chose: %1 (not encrypted: delete once printed).</translation>
    </message>
</context>
<context>
    <name>examroom::RoomController</name>
    <message>
        <location filename="../app/RoomController.cpp" line="144" />
        <source>尚未编排考位</source>
        <translation>Seats not assigned yet</translation>
    </message>
    <message>
        <location filename="../app/RoomController.cpp" line="146" />
        <source>随机编排，种子 %1（可复现）；备用考位：%2</source>
        <translation>Random, seed %1 (reproducible); spare seats: %2</translation>
    </message>
    <message>
        <location filename="../app/RoomController.cpp" line="148" />
        <location filename="../app/RoomController.cpp" line="150" />
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../app/RoomController.cpp" line="149" />
        <source>按准考证号顺序编排；备用考位：%1</source>
        <translation>By ticket number; spare seats: %1</translation>
    </message>
    <message>
        <location filename="../app/RoomController.cpp" line="163" />
        <location filename="../app/RoomController.cpp" line="207" />
        <source>请先导入考试计划。</source>
        <translation>Import an exam plan first.</translation>
    </message>
    <message>
        <location filename="../app/RoomController.cpp" line="168" />
        <source>已建立 %1 个考位。</source>
        <translation>%1 seats created.</translation>
    </message>
    <message>
        <location filename="../app/RoomController.cpp" line="182" />
        <source>考位 %1 已配对终端。</source>
        <translation>Seat %1 paired.</translation>
    </message>
    <message>
        <location filename="../app/RoomController.cpp" line="196" />
        <source>考位 %1 设备检查已记录。</source>
        <translation>Equipment check of seat %1 recorded.</translation>
    </message>
    <message>
        <location filename="../app/RoomController.cpp" line="221" />
        <source>考位已编排。</source>
        <translation>Seats assigned.</translation>
    </message>
    <message>
        <location filename="../app/RoomController.cpp" line="231" />
        <source>请先编排考位。</source>
        <translation>Assign seats first.</translation>
    </message>
    <message>
        <location filename="../app/RoomController.cpp" line="245" />
        <source>座位表</source>
        <translation>Seat chart</translation>
    </message>
</context>
<context>
    <name>examroom::RoomService</name>
    <message>
        <location filename="../app/RoomService.cpp" line="96" />
        <source>控制台尚未打开。</source>
        <translation>The console is not open.</translation>
    </message>
    <message>
        <location filename="../app/RoomService.cpp" line="130" />
        <source>考场连接未能启动：%1</source>
        <translation>The room link did not start: %1</translation>
    </message>
    <message>
        <location filename="../app/RoomService.cpp" line="228" />
        <source>考场连接故障：%1</source>
        <translation>Room link fault: %1</translation>
    </message>
    <message>
        <location filename="../app/RoomService.cpp" line="301" />
        <source>考位 %1 未能解锁：%2</source>
        <translation>Seat %1 was not unlocked: %2</translation>
    </message>
    <message>
        <location filename="../app/RoomService.cpp" line="320" />
        <source>考位 %1 未执行指令：%2</source>
        <translation>Seat %1 did not apply the command: %2</translation>
    </message>
    <message>
        <location filename="../app/RoomService.cpp" line="415" />
        <source>考位 %1 的成绩单无法读取。</source>
        <translation>The score sheet from seat %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../app/RoomService.cpp" line="422" />
        <source>考位 %1 的考生已改用纸质试卷，该终端的成绩单不予采用。</source>
        <translation>The candidate of seat %1 is on paper: that kiosk's score sheet is not used.</translation>
    </message>
    <message>
        <location filename="../app/RoomService.cpp" line="435" />
        <source>有 %1 份成绩单未能记入实操资格（签名无效或不符合补考规则）。</source>
        <translation>%1 score sheets could not count for practical eligibility (bad signature or against the make-up rule).</translation>
    </message>
    <message>
        <location filename="../app/RoomService.cpp" line="485" />
        <source>配对码 %1 已失效，请在终端上重新配对。</source>
        <translation>Pairing code %1 has expired; pair again on the kiosk.</translation>
    </message>
    <message>
        <location filename="../app/RoomService.cpp" line="513" />
        <source>需要中心签名的计划包和已编排的考场才能下发。</source>
        <translation>Provisioning needs the centre-signed plan package and the seat assignment.</translation>
    </message>
</context>
<context>
    <name>examroom::StartController</name>
    <message>
        <location filename="../app/StartController.cpp" line="58" />
        <source>已于 %1 开考</source>
        <translation>Started at %1</translation>
    </message>
    <message>
        <location filename="../app/StartController.cpp" line="117" />
        <location filename="../app/StartController.cpp" line="146" />
        <source>需要中心签名的计划包才能验证授权密码。</source>
        <translation>The authorization password can only be checked against a centre-signed plan package.</translation>
    </message>
    <message>
        <location filename="../app/StartController.cpp" line="127" />
        <source>授权密码正确，考位已重新解锁。</source>
        <translation>Authorization password correct; the seats are unlocked again.</translation>
    </message>
    <message>
        <location filename="../app/StartController.cpp" line="150" />
        <source>请先在“考场”步骤编排考位。</source>
        <translation>Assign seats in the Room step first.</translation>
    </message>
    <message>
        <location filename="../app/StartController.cpp" line="160" />
        <source>授权密码正确，考试已开启。</source>
        <translation>Authorization password correct; the exam is open.</translation>
    </message>
</context>
<context>
    <name>examroom::StepController</name>
    <message>
        <location filename="../app/StepController.cpp" line="26" />
        <source>您的角色不能执行此操作。</source>
        <translation>Your role may not do this.</translation>
    </message>
    <message>
        <location filename="../app/StepController.cpp" line="28" />
        <source>控制台已因无操作而锁定，请重新输入密码。</source>
        <translation>The console locked after inactivity; enter your password again.</translation>
    </message>
    <message>
        <location filename="../app/StepController.cpp" line="30" />
        <source>未找到：%1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <location filename="../app/StepController.cpp" line="32" />
        <source>当前状态下不能执行此操作：%1</source>
        <translation>Not possible now: %1</translation>
    </message>
    <message>
        <location filename="../app/StepController.cpp" line="34" />
        <source>已过迟到入场截止时间；如需放行，请填写原因。</source>
        <translation>Past the late-entry cut-off; give a reason to admit the candidate.</translation>
    </message>
    <message>
        <location filename="../app/StepController.cpp" line="36" />
        <source>考试时间尚未开始；提前开考需管理员填写原因。</source>
        <translation>The exam time has not begun; an early start needs an administrator and a reason.</translation>
    </message>
    <message>
        <location filename="../app/StepController.cpp" line="38" />
        <source>密码错误（已记录）。</source>
        <translation>Wrong password (logged).</translation>
    </message>
    <message>
        <location filename="../app/StepController.cpp" line="40" />
        <source>错误次数过多，请在 %1 之后再试。</source>
        <translation>Too many wrong attempts; try again after %1.</translation>
    </message>
    <message>
        <location filename="../app/StepController.cpp" line="44" />
        <source>考位不可用：%1</source>
        <translation>Seat not available: %1</translation>
    </message>
    <message>
        <location filename="../app/StepController.cpp" line="46" />
        <source>请填写原因。</source>
        <translation>Give a reason.</translation>
    </message>
    <message>
        <location filename="../app/StepController.cpp" line="48" />
        <source>输入有误：%1</source>
        <translation>Invalid input: %1</translation>
    </message>
    <message>
        <location filename="../app/StepController.cpp" line="65" />
        <source>内部错误，操作未完成：%1</source>
        <translation>Internal error, nothing done: %1</translation>
    </message>
    <message>
        <location filename="../app/StepController.cpp" line="78" />
        <source>内部错误，屏幕上的数据未能读取：%1</source>
        <translation>Internal error: the data for the screen could not be read: %1</translation>
    </message>
    <message>
        <location filename="../app/StepController.cpp" line="111" />
        <source>请先登录。</source>
        <translation>Log in first.</translation>
    </message>
</context>
<context>
    <name>examroom::TicketsController</name>
    <message>
        <location filename="../app/TicketsController.cpp" line="25" />
        <source>请先导入考试计划。</source>
        <translation>Import an exam plan first.</translation>
    </message>
    <message>
        <location filename="../app/TicketsController.cpp" line="40" />
        <source>准考证（%1 张）</source>
        <translation>Admission tickets (%1)</translation>
    </message>
</context>
</TS>