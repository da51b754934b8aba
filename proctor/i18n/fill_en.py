#!/usr/bin/env python3
"""Fills proctor_en.ts with the English of every Chinese source text (run after lupdate).

The console's translations live here as one table so that a reviewer reads them side by side;
a source text missing from the table is reported and left unfinished."""
import sys
import xml.etree.ElementTree as ET

EN = {
'创建管理员': 'Create administrator', '控制台已锁定': 'Console locked', '登录': 'Log in',
'考场控制台': 'Exam room console',
'首次使用：请创建管理员账号。密码至少 8 位，用于保护您的签名密钥。': 'First start: create the administrator account. The password (at least 8 characters) protects your signing key.',
'%1（%2），控制台因长时间无操作已锁定。请输入密码继续。': '%1 (%2): the console locked itself after inactivity. Enter your password to continue.',
'请用您的账号登录。': 'Log in with your account.', '账号': 'Account', '密码': 'Password',
'再次输入密码': 'Password again', '解锁': 'Unlock', '换人登录': 'Switch person',
'切换语言': 'Switch language', '签到': 'Check-in',
'准考证号、身份证件号或扫描准考证二维码': 'Ticket no., ID no., or scan the ticket QR code',
'查找': 'Find', '已签到 %1 / %2，未签到 %3，缺考 %4': 'Checked in %1 / %2, not yet %3, absent %4',
'考生照片': 'Candidate photo', '无照片': 'No photo', '准考证号 %1': 'Ticket no. %1',
'签到入场': 'Check in', '迟到放行原因（超过截止时间时必填）': 'Reason for admitting late (required after the cut-off)',
'记为缺考': 'Mark absent', '结束': 'Close', '本场考试已结束': 'This session is closed',
'结束考场': 'Close the session',
'以下 %1 名考生既未交卷、也未记为缺考或取消资格，暂不能结束：': 'These %1 candidates have neither submitted nor been marked absent or removed; the session cannot close yet:',
'未完成的考生': 'Candidates not finished', '考场记录备注': 'Notes for the room record',
'签名并结束考场': 'Sign and close', '待上传至考试中心的文件：%1': 'Documents waiting for the centre: %1',
'计划': 'Plan', '考场': 'Room', '准考证': 'Tickets', '开考': 'Start', '监考': 'Monitor',
'退出登录': 'Log out', '空闲': 'Idle', '已配对': 'Paired', '已下发': 'Provisioned',
'已登录': 'Logged in', '答题中': 'Answering', '已交卷': 'Submitted', '离线': 'Offline',
'停用': 'Out of use', '未签到': 'Not checked in', '已签到': 'Checked in', '缺考': 'Absent',
'已取消资格': 'Removed', '%1 个考位': '%1 seats',
'⚠ %1 个提醒（举手或离线）': '⚠ %1 alerts (raised hand or offline)', '无提醒': 'No alerts',
'点击考位处理突发情况': 'Click a seat to handle an incident', '考位图': 'Seat map',
'考位 %1': 'Seat %1', '备用': 'Spare', '暂停': 'Pause', '举手': 'Hand raised',
'%1/%2 题 · 剩 %3': '%1/%2 answered · %3 left', '保存于 %1 前': 'saved %1 ago',
'延时 %1 分': '+%1 min', '考位 %1 · %2 · %3': 'Seat %1 · %2 · %3',
'原因（必填，记入考场记录）': 'Reason (required, goes into the room record)',
'延时分钟': 'Minutes', '延时': 'Extend', '继续': 'Resume', '备用考位': 'Spare seat',
'换机续考': 'Move to spare', '强制交卷': 'Force submit', '违纪警告': 'Warning',
'取消考试资格（需第二名工作人员输入密码）': 'Remove from the exam (a second staff member enters their password)',
'第二名工作人员账号': 'Second staff account', '其密码': 'Their password',
'朗读确认': 'Read back', '请向考生和第二名工作人员宣读：': 'Read this to the candidate and the second staff member:',
'确认取消资格': 'Confirm removal', '关闭': 'Close', '考试计划': 'Exam plan',
'计划包文件或中心文件夹路径': 'Plan package file or centre files folder',
'导入计划包': 'Import package', '导入中心文件夹': 'Import folder',
'尚未收到考试计划。请导入考试中心的计划包（或中心文件夹）。': 'No exam plan yet. Import the centre\'s plan package (or its files folder).',
'考试计划表': 'Exam plan (table 5)', '考生名册': 'Roster',
'考生名册：%1 人，%2 人有提示': 'Roster: %1 candidates, %2 with warnings', '学时 %1': 'hours %1',
'拒绝原因': 'Reason for refusing', '拒绝': 'Refuse', '确认': 'Confirm',
'考场 %1：%2 个考位，已配对 %3，可用 %4': 'Room %1: %2 seats, %3 paired, %4 usable',
'建立考位（%1 个）': 'Create seats (%1)', '考位号': 'Seat no.',
'终端指纹（与终端屏幕上显示的核对）': 'Kiosk fingerprint (compare with the kiosk screen)',
'配对终端': 'Pair kiosk', '备用考位数': 'Spare seats', '随机编排': 'Assign at random',
'按准考证号编排': 'Assign by ticket no.', '打印座位表': 'Print seat chart', '考位列表': 'Seats',
'考位': 'Seat', '终端': 'Kiosk', '设备检查': 'Equipment check', '考生': 'Candidate',
'未配对': 'Not paired', '通过': 'Passed', '未通过：': 'Failed: ', '未检查': 'Not checked',
'开启考试': 'Open the exam',
'考试时间：%1。已签到 %2 人。请输入考试中心下发的授权密码（12 位，不区分大小写，可含短横线）。': 'Exam time: %1. %2 checked in. Enter the authorization password released by the centre (12 characters; case and hyphens do not matter).',
'授权密码': 'Authorization password',
'提前开考原因（仅管理员，考试时间之前必填）': 'Reason for an early start (administrator only, required before the exam time)',
'授权密码错误次数：连续 %1，累计 %2（均已记录）': 'Wrong authorization passwords: %1 in a row, %2 in all (all logged)',
'验证并开考': 'Verify and start', '准考证（表4）': 'Admission tickets (table 4)',
'为 %1 名考生生成准考证：每人一张，含照片、考生注意事项和准考证号二维码（签到时扫描）。编排考位后打印，准考证上会印考位号。': 'Makes an admission ticket for each of the %1 candidates, with photo, notices and a QR code of the ticket number (scanned at check-in). Print after assigning seats and the seat is printed too.',
'生成全部准考证 PDF': 'Make all tickets (PDF)', '未编排考位': 'No seat yet',
'已取消考试资格': 'Removed from the exam', '考场尚未编排': 'Seats not assigned yet',
'迟到入场截止：%1': 'Late entry until %1', '开考后 %1 分钟内可入场': 'Entry until %1 minutes after the start',
'请先在“考场”步骤编排考位。': 'Assign seats in the Room step first.',
'本考场没有这位考生。': 'No such candidate in this room.', '%1 已签到。': '%1 checked in.',
'%1 已记为缺考。': '%1 marked absent.', '考场尚未编排。': 'Seats not assigned yet.',
'应考 %1 人：已交卷 %2，缺考 %3，取消资格 %4。': '%1 expected: %2 submitted, %3 absent, %4 removed.',
'考场已结束；考场记录已由您签名，等待上传至考试中心。': 'Session closed; you signed the room record, which waits to go to the centre.',
'管理员': 'Administrator', '考评': 'Grader', '尚未导入考试计划': 'No exam plan imported',
'考场 %1': 'Room %1', '两次输入的密码不一致。': 'The two passwords differ.',
'管理员账号已创建。': 'Administrator account created.', '已延时 %1 分钟。': 'Extended by %1 minutes.',
'已暂停。': 'Paused.', '已继续。': 'Resumed.', '已换到考位 %1，原考位停用。': 'Moved to seat %1; the old seat is out of use.',
'已强制交卷。': 'Submitted by the proctor.', '已记录违纪警告。': 'Warning recorded.',
'已取消该考生本场考试资格（双人确认）。': 'Candidate removed from this sitting (two staff confirmed).',
'已确认，确认单已签名并放入待上传': 'Confirmed; the signed confirmation waits to go to the centre',
'已拒绝，拒绝单已签名并放入待上传': 'Refused; the signed refusal waits to go to the centre',
'待核对确认': 'To be checked and confirmed', '计划包（中心签名已验证）': 'Plan package (centre signature verified)',
'中心文件夹（无计划包：不能用授权密码开考）': 'Centre files folder (no package: the exam cannot be opened with an authorization password)',
'%1（%2座）': '%1 (%2 seats)', '计划编号': 'Plan no.', '考试计划名称': 'Plan name',
'申请单位': 'Applicant', '单位地址': 'Address', '审批人': 'Approver',
'考核发证机关': 'Certificate authority', '考试对象': 'Candidates', '考试类型': 'Exam kind',
'资格类型': 'Qualification', '作业类别': 'Operation category', '操作项目': 'Operation item',
'理论考试时间': 'Knowledge exam', '实操考试时间': 'Practical exam', '考点': 'Site', '联系人': 'Contact',
'联系电话': 'Phone', '电子邮箱': 'E-mail', '传真': 'Fax', '考试时长': 'Duration',
'%1 分钟，满分 %2，%3 分及格': '%1 minutes, %2 points, pass at %3', '（补考）': ' (make-up)',
'已导入考试计划 %1，请核对后确认。': 'Imported plan %1; check it, then confirm.',
'中心文件有误，未导入：\n%1': 'The centre files have errors; nothing imported:\n%1',
'未配置考试中心公钥（centre_key），不能验证计划包。': 'No centre public key (centre_key) is configured; packages cannot be verified.',
'无法读取文件：%1': 'Cannot read the file %1', '计划包未通过验证，未导入：%1': 'The package failed verification; nothing imported: %1',
'已确认考试计划；确认单已签名，等待上传至考试中心。': 'Plan confirmed; the signed confirmation waits to go to the centre.',
'已拒绝考试计划；拒绝单已签名，等待上传至考试中心。': 'Plan refused; the signed refusal waits to go to the centre.',
'尚未编排考位': 'Seats not assigned yet',
'随机编排，种子 %1（可复现）；备用考位：%2': 'Random, seed %1 (reproducible); spare seats: %2', '无': 'none',
'按准考证号顺序编排；备用考位：%1': 'By ticket number; spare seats: %1',
'请先导入考试计划。': 'Import an exam plan first.', '已建立 %1 个考位。': '%1 seats created.',
'考位 %1 已配对终端。': 'Seat %1 paired.', '考位 %1 设备检查已记录。': 'Equipment check of seat %1 recorded.',
'考位已编排。': 'Seats assigned.', '请先编排考位。': 'Assign seats first.',
'座位表未能生成：%1': 'The seat chart was not made: %1', '座位表已生成（%1 页）：%2': 'Seat chart made (%1 pages): %2',
'已于 %1 开考': 'Started at %1', '需要中心签名的计划包才能验证授权密码。': 'The authorization password can only be checked against a centre-signed plan package.',
'授权密码正确，考试已开启。': 'Authorization password correct; the exam is open.',
'您的角色不能执行此操作。': 'Your role may not do this.',
'控制台已因无操作而锁定，请重新输入密码。': 'The console locked after inactivity; enter your password again.',
'未找到：%1': 'Not found: %1', '当前状态下不能执行此操作：%1': 'Not possible now: %1',
'已过迟到入场截止时间；如需放行，请填写原因。': 'Past the late-entry cut-off; give a reason to admit the candidate.',
'考试时间尚未开始；提前开考需管理员填写原因。': 'The exam time has not begun; an early start needs an administrator and a reason.',
'密码错误（已记录）。': 'Wrong password (logged).', '错误次数过多，请在 %1 之后再试。': 'Too many wrong attempts; try again after %1.',
'考位不可用：%1': 'Seat not available: %1', '请填写原因。': 'Give a reason.', '输入有误：%1': 'Invalid input: %1',
'内部错误，操作未完成：%1': 'Internal error, nothing done: %1', '请先登录。': 'Log in first.',
'准考证未能生成：%1': 'The tickets were not made: %1', '已生成 %1 张准考证（%2 页）：%3': '%1 tickets made (%2 pages): %3',
'下发考试到各考位': 'Provision every seat', '考场连接：%1（在线 %2 台）；配对：%3': 'Room link: %1 (%2 online); pairing: %3',
'考场连接未启动': 'Room link not running', '终端请求配对　配对码 %1　指纹 %2': 'Kiosk asks to pair   code %1   fingerprint %2',
'核对无误，配对': 'Matches: pair', '下发': 'Provisioning', '下发进度': 'Provisioning progress', '失败': 'Failed',
'再解锁考位（逗号分隔，留空为全部考位）': 'Unlock more seats (comma-separated; empty: every seat)',
'只解锁这些考位（逗号分隔，留空为全部考位）': 'Unlock only these seats (comma-separated; empty: every seat)',
'解锁考位': 'Unlock seats', '考场结束后才能打印成绩单和考场记录。': 'The score list and the room record are printed once the session is closed.',
'部分表格未能生成：%1': 'Some forms were not made: %1', '控制台尚未打开。': 'The console is not open.',
'考场连接未能启动：%1': 'The room link did not start: %1', '考场连接故障：%1': 'Room link fault: %1',
'考位 %1 未能解锁：%2': 'Seat %1 was not unlocked: %2', '考位 %1 未执行指令：%2': 'Seat %1 did not apply the command: %2',
'考位 %1 的成绩单无法读取。': 'The score sheet from seat %1 cannot be read.',
'配对码 %1 已失效，请在终端上重新配对。': 'Pairing code %1 has expired; pair again on the kiosk.',
'需要中心签名的计划包和已编排的考场才能下发。': 'Provisioning needs the centre-signed plan package and the seat assignment.',
'已收到终端签名的成绩单 %1 份': 'Score sheets signed by the kiosks: %1', '重新打印成绩单和考场记录': 'Print the score list and room record again',
'已打印的表格': 'Printed forms',
}

def main(path):
    tree = ET.parse(path)
    missing = 0
    for message in tree.iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop('type', None)
        else:
            missing += 1
            print('untranslated:', source, file=sys.stderr)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return 1 if missing else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'proctor_en.ts'))
