<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>ExamScreen</name>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="10"/>
        <source>答题</source>
        <translation>Exam</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="14"/>
        <source>判断题</source>
        <translation>True / false</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="14"/>
        <source>单选题</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="14"/>
        <source>多选题</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="15"/>
        <location filename="../app/qml/ExamScreen.qml" line="252"/>
        <source>对</source>
        <translation>True</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="15"/>
        <location filename="../app/qml/ExamScreen.qml" line="252"/>
        <source>错</source>
        <translation>False</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="63"/>
        <source>第 %1 题 / 共 %2 题</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="73"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="73"/>
        <source>未保存！请举手</source>
        <translation>Not saved! Raise your hand</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="129"/>
        <source>题干</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="139"/>
        <source>题目图片</source>
        <translation>Question image</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="237"/>
        <source>上一题</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="243"/>
        <source>取消标记</source>
        <translation>Unflag</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="243"/>
        <location filename="../app/qml/ExamScreen.qml" line="245"/>
        <location filename="../app/qml/ExamScreen.qml" line="303"/>
        <source>标记</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="250"/>
        <source>朗读</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="227"/>
        <source>正在检查朗读语音，请稍候</source>
        <translation>Checking the read-aloud voice, please wait</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="228"/>
        <source>本机无可用语音，朗读不可用</source>
        <translation>No voice on this kiosk: read-aloud is not available</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="210"/>
        <source>▼ 下方还有选项，请向下滑动</source>
        <translation>▼ More options below: scroll down</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="258"/>
        <source>下一题</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="278"/>
        <location filename="../app/qml/ExamScreen.qml" line="290"/>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="294"/>
        <source>已答 %1 / %2</source>
        <translation>Answered %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="303"/>
        <source>已答</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="303"/>
        <source>未答</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="321"/>
        <source>题号列表</source>
        <translation>Question list</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="337"/>
        <source>第 %1 题</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="358"/>
        <source>交卷</source>
        <translation>Hand in</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="376"/>
        <location filename="../app/qml/ExamScreen.qml" line="414"/>
        <source>确认交卷</source>
        <translation>Hand in now</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="379"/>
        <source>确认交卷？</source>
        <translation>Hand in your paper?</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="379"/>
        <source>暂不能交卷</source>
        <translation>Not yet possible to hand in</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="390"/>
        <source>开考 %1 分钟后方可交卷，请继续作答。</source>
        <translation>You can hand in %1 more minutes from now. Please go on answering.</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="392"/>
        <source>还有 %1 题未作答：第 %2 题。交卷后不能再修改答案。</source>
        <translation>%1 questions are unanswered: %2. After handing in, answers cannot be changed.</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="393"/>
        <source>全部题目均已作答。交卷后不能再修改答案。</source>
        <translation>Every question is answered. After handing in, answers cannot be changed.</translation>
    </message>
    <message>
        <location filename="../app/qml/ExamScreen.qml" line="405"/>
        <source>继续答题</source>
        <translation>Keep answering</translation>
    </message>
</context>
<context>
    <name>IdentityScreen</name>
    <message>
        <location filename="../app/qml/IdentityScreen.qml" line="8"/>
        <source>身份确认</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <location filename="../app/qml/IdentityScreen.qml" line="39"/>
        <source>请核对您的身份信息</source>
        <translation>Please check your details</translation>
    </message>
    <message>
        <location filename="../app/qml/IdentityScreen.qml" line="64"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../app/qml/IdentityScreen.qml" line="70"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/qml/IdentityScreen.qml" line="71"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../app/qml/IdentityScreen.qml" line="72"/>
        <source>身份证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../app/qml/IdentityScreen.qml" line="73"/>
        <source>身份证件号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../app/qml/IdentityScreen.qml" line="74"/>
        <source>准考证号</source>
        <translation>Admission ticket no.</translation>
    </message>
    <message>
        <location filename="../app/qml/IdentityScreen.qml" line="75"/>
        <source>考试科目</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../app/qml/IdentityScreen.qml" line="76"/>
        <source>操作项目</source>
        <translation>Operation item</translation>
    </message>
    <message>
        <location filename="../app/qml/IdentityScreen.qml" line="77"/>
        <source>考试类型</source>
        <translation>Exam type</translation>
    </message>
    <message>
        <location filename="../app/qml/IdentityScreen.qml" line="89"/>
        <source>信息无误</source>
        <translation>The details are correct</translation>
    </message>
    <message>
        <location filename="../app/qml/IdentityScreen.qml" line="96"/>
        <source>信息有误，请举手</source>
        <translation>Something is wrong: raise your hand</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <location filename="../app/qml/IdleScreen.qml" line="8"/>
        <location filename="../app/qml/IdleScreen.qml" line="34"/>
        <source>等待开考</source>
        <translation>Waiting for the exam to start</translation>
    </message>
    <message>
        <location filename="../app/qml/IdleScreen.qml" line="17"/>
        <source>考位 %1</source>
        <translation>Seat %1</translation>
    </message>
    <message>
        <location filename="../app/qml/IdleScreen.qml" line="17"/>
        <source>考位未分配</source>
        <translation>No seat assigned</translation>
    </message>
    <message>
        <location filename="../app/qml/IdleScreen.qml" line="26"/>
        <source>考场 %1</source>
        <translation>Room %1</translation>
    </message>
    <message>
        <location filename="../app/qml/IdleScreen.qml" line="58"/>
        <source>配对码 %1</source>
        <translation>Pairing code %1</translation>
    </message>
    <message>
        <location filename="../app/qml/IdleScreen.qml" line="66"/>
        <source>配对码</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <location filename="../app/qml/IdleScreen.qml" line="85"/>
        <source>请监考员在控制台核对配对码和设备指纹后接受</source>
        <translation>The proctor checks the code and the device fingerprint on the console, then accepts</translation>
    </message>
    <message>
        <location filename="../app/qml/IdleScreen.qml" line="98"/>
        <source>设备指纹 %1</source>
        <translation>Device fingerprint %1</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../app/qml/LoginScreen.qml" line="9"/>
        <location filename="../app/qml/LoginScreen.qml" line="21"/>
        <source>考生登录</source>
        <translation>Candidate login</translation>
    </message>
    <message>
        <location filename="../app/qml/LoginScreen.qml" line="38"/>
        <location filename="../app/qml/LoginScreen.qml" line="53"/>
        <source>准考证号</source>
        <translation>Admission ticket no.</translation>
    </message>
    <message>
        <location filename="../app/qml/LoginScreen.qml" line="52"/>
        <source>请输入准考证号</source>
        <translation>Enter your admission ticket number</translation>
    </message>
    <message>
        <location filename="../app/qml/LoginScreen.qml" line="59"/>
        <location filename="../app/qml/LoginScreen.qml" line="73"/>
        <source>身份证件号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../app/qml/LoginScreen.qml" line="72"/>
        <source>请输入身份证件号</source>
        <translation>Enter your ID number</translation>
    </message>
    <message>
        <location filename="../app/qml/LoginScreen.qml" line="92"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/qml/Main.qml" line="17"/>
        <source>考试终端</source>
        <translation>Exam kiosk</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="57"/>
        <source>维护</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="70"/>
        <location filename="../app/qml/Main.qml" line="71"/>
        <source>维护密码</source>
        <translation>Maintenance password</translation>
    </message>
    <message>
        <location filename="../app/qml/Main.qml" line="76"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="10"/>
        <source>考试成绩</source>
        <translation>Exam result</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="49"/>
        <source>本次成绩</source>
        <translation>Your score</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="61"/>
        <location filename="../app/qml/ResultScreen.qml" line="157"/>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="65"/>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="65"/>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="73"/>
        <source>合格分数线 %1 分</source>
        <translation>Pass mark: %1 points</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="85"/>
        <source>回执二维码</source>
        <translation>Receipt QR code</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="88"/>
        <location filename="../app/qml/ResultScreen.qml" line="100"/>
        <source>回执码</source>
        <translation>Receipt code</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="111"/>
        <source>安全生产知识考试成绩确认单</source>
        <translation>Knowledge exam score confirmation sheet</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="127"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="129"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="131"/>
        <source>考试日期</source>
        <translation>Exam date</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="133"/>
        <source>补考日期</source>
        <translation>Make-up date</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="135"/>
        <source>身份证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="137"/>
        <source>身份证件号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="139"/>
        <source>准考证号</source>
        <translation>Admission ticket no.</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="141"/>
        <source>考试科目</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="143"/>
        <source>考试机构</source>
        <translation>Exam institution</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="145"/>
        <source>考试类型</source>
        <translation>Exam type</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="147"/>
        <source>考试计划</source>
        <translation>Exam plan</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="149"/>
        <source>资格类型</source>
        <translation>Qualification type</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="151"/>
        <source>作业类别</source>
        <translation>Operation category</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="153"/>
        <source>操作项目</source>
        <translation>Operation item</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="155"/>
        <source>考试点</source>
        <translation>Exam site</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="159"/>
        <source>考生签字</source>
        <translation>Candidate&apos;s signature</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="160"/>
        <source>（待确认）</source>
        <translation>(to be confirmed)</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="161"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="169"/>
        <location filename="../app/qml/ResultScreen.qml" line="180"/>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="188"/>
        <source>请核对确认单。如有疑问，请举手联系监考人员。</source>
        <translation>Please check the sheet. If anything is wrong, raise your hand.</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="198"/>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../app/qml/ResultScreen.qml" line="198"/>
        <location filename="../app/qml/ResultScreen.qml" line="199"/>
        <source>确认成绩</source>
        <translation>Confirm the score</translation>
    </message>
</context>
<context>
    <name>SettingsBar</name>
    <message>
        <location filename="../app/qml/SettingsBar.qml" line="21"/>
        <source>考位 %1</source>
        <translation>Seat %1</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsBar.qml" line="21"/>
        <source>考场 %1</source>
        <translation>Room %1</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsBar.qml" line="35"/>
        <source>日期时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsBar.qml" line="40"/>
        <source>切换语言</source>
        <translation>Switch language</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsBar.qml" line="45"/>
        <location filename="../app/qml/SettingsBar.qml" line="46"/>
        <source>字号</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsBar.qml" line="51"/>
        <location filename="../app/qml/SettingsBar.qml" line="54"/>
        <source>高对比度</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsBar.qml" line="60"/>
        <source>已举手</source>
        <translation>Hand raised</translation>
    </message>
    <message>
        <location filename="../app/qml/SettingsBar.qml" line="60"/>
        <location filename="../app/qml/SettingsBar.qml" line="63"/>
        <source>举手</source>
        <translation>Raise hand</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <location filename="../app/qml/StatusScreen.qml" line="22"/>
        <source>考试已暂停</source>
        <translation>The exam is paused</translation>
    </message>
    <message>
        <location filename="../app/qml/StatusScreen.qml" line="23"/>
        <source>本考位已锁定</source>
        <translation>This seat is locked</translation>
    </message>
    <message>
        <location filename="../app/qml/StatusScreen.qml" line="24"/>
        <source>请等待监考人员开考</source>
        <translation>Please wait for the proctor to start the exam</translation>
    </message>
    <message>
        <location filename="../app/qml/StatusScreen.qml" line="34"/>
        <source>计时已停止，已作答的题目均已保存。请听从监考人员指示。</source>
        <translation>The clock is stopped and every answer is saved. Please follow the proctor&apos;s instructions.</translation>
    </message>
    <message>
        <location filename="../app/qml/StatusScreen.qml" line="35"/>
        <source>请举手联系监考人员。</source>
        <translation>Please raise your hand for the proctor.</translation>
    </message>
    <message>
        <location filename="../app/qml/StatusScreen.qml" line="36"/>
        <source>%1，您好。开考后将自动进入答题界面。</source>
        <translation>Hello, %1. The exam screen opens as soon as the exam starts.</translation>
    </message>
    <message>
        <location filename="../app/qml/StatusScreen.qml" line="44"/>
        <source>剩余时间 %1</source>
        <translation>Time left %1</translation>
    </message>
</context>
<context>
    <name>examroom::KioskController</name>
    <message>
        <location filename="../app/KioskController.cpp" line="214"/>
        <source>该考生已在其他考位登录，请举手联系监考人员</source>
        <translation>This candidate is logged in at another seat. Please raise your hand.</translation>
    </message>
    <message>
        <location filename="../app/KioskController.cpp" line="216"/>
        <source>该考生本场考试已交卷</source>
        <translation>This candidate has already handed in.</translation>
    </message>
    <message>
        <location filename="../app/KioskController.cpp" line="218"/>
        <source>准考证号或身份证件号不正确，请核对后重新输入</source>
        <translation>The ticket number or ID number is not right. Please check and try again.</translation>
    </message>
</context>
</TS>
