<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>GradingScreen</name>
    <message>
        <source>实操评分</source>
        <translation>Practical grading</translation>
    </message>
    <message>
        <source>考评员：%1</source>
        <translation>Grader: %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter 提交 · Ctrl+1…4 选科目 · Ctrl+F 找考生</source>
        <translation>Ctrl+Enter submit · Ctrl+1…4 subject · Ctrl+F find candidate</translation>
    </message>
    <message>
        <source>准考证号</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <source>输入或扫描后按回车</source>
        <translation>Type or scan, then Enter</translation>
    </message>
    <message>
        <source>（补考）</source>
        <translation> (make-up)</translation>
    </message>
    <message>
        <source>已评 %1/%2</source>
        <translation>Marked %1/%2</translation>
    </message>
    <message>
        <source>请输入准考证号选择考生</source>
        <translation>Enter a ticket number to pick a candidate</translation>
    </message>
    <message>
        <source> 待复核</source>
        <translation> to review</translation>
    </message>
    <message>
        <source>试题：%1</source>
        <translation>Task: %1</translation>
    </message>
    <message>
        <source>考核内容</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>配分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>评分标准</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>扣分</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>备注（可选）</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>否决项：%1</source>
        <translation>Veto: %1</translation>
    </message>
    <message>
        <source>否决原因（必填）</source>
        <translation>Reason for the veto (required)</translation>
    </message>
    <message>
        <source>本题得分</source>
        <translation>Task score</translation>
    </message>
    <message>
        <source>（满分 100，逐项扣分，单项扣完为止）</source>
        <translation>(out of 100; deductions per row, never below 0)</translation>
    </message>
    <message>
        <source>签名提交</source>
        <translation>Sign and submit</translation>
    </message>
</context>
<context>
    <name>examroom::GradingController</name>
    <message>
        <source>出错了，未保存：%1</source>
        <translation>Something went wrong, nothing saved: %1</translation>
    </message>
    <message>
        <source>没有实操考试场次 %1</source>
        <translation>No practical session %1</translation>
    </message>
    <message>
        <source>没有可评分的考生 %1（未通过资格审核或准考证号有误）</source>
        <translation>No candidate %1 to mark (not eligible, or a wrong ticket number)</translation>
    </message>
    <message>
        <source>没有科目 %1</source>
        <translation>No subject %1</translation>
    </message>
    <message>
        <source>%1 尚未抽题</source>
        <translation>%1 has no task drawn yet</translation>
    </message>
    <message>
        <source>您已提交本科目的评分</source>
        <translation>You have submitted your mark for this subject</translation>
    </message>
    <message>
        <source>请先登录</source>
        <translation>Please log in first</translation>
    </message>
    <message>
        <source>未保存：%1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>已签名提交：%1 %2 %3，得分 %4</source>
        <translation>Signed and submitted: %1 %2 %3, score %4</translation>
    </message>
</context>
</TS>
