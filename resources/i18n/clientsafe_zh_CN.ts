<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessHistoryModel</name>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="145"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="146"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="147"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="149"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="151"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="152"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>AccessHistoryPanel</name>
    <message>
        <location filename="../../clientsafe/ui/access_history_view.py" line="33"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_history_view.py" line="61"/>
        <source>1 entry concerns this customer, newest first.</source>
        <translation>与此客户相关的记录共 1 条，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_history_view.py" line="62"/>
        <source>{n} entries concern this customer, newest first.</source>
        <translation>与此客户相关的记录共 {n} 条，最新的在前。</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <location filename="../../clientsafe/ui/alerts_dialog.py" line="22"/>
        <source>{when}: {user} opened too many customer records and was locked out.</source>
        <translation>{when}：{user} 打开的客户记录过多，账户已被锁定。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/alerts_dialog.py" line="24"/>
        <source>{when}: {user} typed a wrong password too often and was locked out.</source>
        <translation>{when}：{user} 多次输错密码，账户已被锁定。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/alerts_dialog.py" line="26"/>
        <source>{when}: {user} was refused {count} times within ten minutes.</source>
        <translation>{when}：{user} 在十分钟内被拒绝 {count} 次。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/alerts_dialog.py" line="28"/>
        <source>{user} used customer data {count} time(s) outside business hours.</source>
        <translation>{user} 在营业时间以外使用客户数据 {count} 次。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/alerts_dialog.py" line="30"/>
        <source>{when}: a check of the vault or its audit trail run by {user} found a problem; open Vault health.</source>
        <translation>{when}：{user} 运行的保险库或审计日志检查发现问题；请打开“保险库状态”。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/alerts_dialog.py" line="57"/>
        <source>…and {count} more.</source>
        <translation>……另有 {count} 条。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/alerts_dialog.py" line="59"/>
        <source>Security alerts</source>
        <translation>安全警报</translation>
    </message>
</context>
<context>
    <name>ApprovalPopup</name>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="79"/>
        <source>Manager approval</source>
        <translation>经理审批</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="82"/>
        <source>A manager must approve</source>
        <translation>需要经理审批</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="85"/>
        <source>A manager must approve: they type their own user name and password here. If no manager is nearby, send the request to their Approvals inbox instead.</source>
        <translation>需要经理审批：请经理在这里输入他们自己的用户名和密码。如果附近没有经理，请改为把申请发送到经理的审批收件箱。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="95"/>
        <source>{reason} — {details}</source>
        <translation>{reason} — {details}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="101"/>
        <source>{who} asks to see: {fields}, for {minutes} min.
Reason: {reason}</source>
        <translation>{who} 申请查看：{fields}，时长 {minutes} 分钟。
原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="116"/>
        <source>Required when denying</source>
        <translation>拒绝时必填</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="121"/>
        <source>Reason for &amp;denial:</source>
        <translation>拒绝原因(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="124"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="127"/>
        <source>Deny…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="130"/>
        <source>Send to the Approvals inbox instead</source>
        <translation>改为发送到审批收件箱</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="174"/>
        <source>You are a manager, so you may approve this request for yourself. Your reason is recorded and the entry is flagged for review by the security officer.</source>
        <translation>您是经理，可以自行批准此申请。您的原因会被记录，该记录会被标记，供安全主管复核。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="179"/>
        <source>Approve for myself</source>
        <translation>自行批准</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="189"/>
        <source>Approving for yourself needs the reason in your own words; ask again with details.</source>
        <translation>自行批准需要您用自己的话写明原因；请重新申请并填写说明。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="218"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approval_popup.py" line="224"/>
        <source>Type the reason for the denial; the requester sees it.</source>
        <translation>请输入拒绝原因；申请人会看到它。</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="41"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="42"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="43"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="44"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="45"/>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="46"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="103"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="105"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="107"/>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="108"/>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
</context>
<context>
    <name>ApprovalsView</name>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="178"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="181"/>
        <source>Deny…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="193"/>
        <source>This is your own request: another manager decides it, or you approve it for yourself from the customer&apos;s record (Approve here…).</source>
        <translation>这是您自己的申请：由另一位经理决定，或者在客户档案中自行批准（“在此审批…”）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="225"/>
        <source>1 request waiting</source>
        <translation>1 个申请待审批</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="226"/>
        <source>{n} requests waiting</source>
        <translation>{n} 个申请待审批</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="228"/>
        <source>No requests are waiting for approval.</source>
        <translation>没有待审批的申请。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="252"/>
        <source>Approved {who}&apos;s request for {fields}.</source>
        <translation>已批准 {who} 查看{fields}的申请。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="275"/>
        <source>Denied {who}&apos;s request for {fields}.</source>
        <translation>已拒绝 {who} 查看{fields}的申请。</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="39"/>
        <source>Export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="41"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="65"/>
        <source>Exported {count} audit log entries to {path}.</source>
        <translation>已将 {count} 条审计日志导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="68"/>
        <source>Exported {count} audit log entries to {path}. The audit trail failed verification; the report names the first problem.</source>
        <translation>已将 {count} 条审计日志导出到 {path}。审计日志核验未通过；报告中写明了第一个问题。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="74"/>
        <source>Audit trail exported</source>
        <translation>审计日志已导出</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="84"/>
        <source>The export was cancelled; no file was saved.</source>
        <translation>导出已取消；未保存任何文件。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="88"/>
        <source>Audit trail not exported</source>
        <translation>审计日志未导出</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="99"/>
        <source>Verifying and exporting the audit trail…</source>
        <translation>正在核验并导出审计日志…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="36"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="37"/>
        <source>Denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="101"/>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="103"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="104"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="105"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="107"/>
        <source>Customer #</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="109"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="110"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="111"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_table_model.py" line="113"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="66"/>
        <source>Read the audit trail again (F5)</source>
        <translation>重新读取审计日志 (F5)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="81"/>
        <location filename="../../clientsafe/ui/audit_view.py" line="154"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="87"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="92"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="95"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="99"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="100"/>
        <source>Customer #:</source>
        <translation>客户编号：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="101"/>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="102"/>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="108"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="109"/>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="120"/>
        <source>Verify chain</source>
        <translation>核验哈希链</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="122"/>
        <source>Recompute the whole hash chain and compare it with the anchor beside the vault</source>
        <translation>重新计算整条哈希链，并与保险库旁的锚点比对</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="126"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="128"/>
        <source>Save the entries the filters select as a PDF, with the verification result</source>
        <translation>将筛选出的记录连同核验结果保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="161"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="163"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="221"/>
        <source>More than {n} entries match the filter; the newest are shown.</source>
        <translation>符合筛选条件的记录超过 {n} 条；显示最新的部分。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="224"/>
        <source>1 audit entry</source>
        <translation>1 条审计记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="225"/>
        <source>{n} audit entries</source>
        <translation>{n} 条审计记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="227"/>
        <source>1 entry matches the filter</source>
        <translation>1 条记录符合筛选条件</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="228"/>
        <source>{n} entries match the filter</source>
        <translation>{n} 条记录符合筛选条件</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="229"/>
        <source>No audit entries match the filter.</source>
        <translation>没有符合筛选条件的审计记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="244"/>
        <location filename="../../clientsafe/ui/audit_view.py" line="252"/>
        <source>Verifying the audit trail…</source>
        <translation>正在核验审计日志…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="278"/>
        <source>✔ The audit trail is intact: {n} entries, head {seq} · {hash}…</source>
        <translation>✔ 审计日志完好：共 {n} 条记录，链头 {seq} · {hash}…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="286"/>
        <source>✖ The audit trail was tampered with. First bad entry: {seq} ({problem}).</source>
        <translation>✖ 审计日志已被篡改。第一条异常记录：{seq}（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_view.py" line="290"/>
        <source>✖ The anchor beside the vault does not match: {problem}</source>
        <translation>✖ 保险库旁的锚点不一致：{problem}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../clientsafe/ui/change_password_dialog.py" line="47"/>
        <location filename="../../clientsafe/ui/change_password_dialog.py" line="82"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/change_password_dialog.py" line="52"/>
        <source>Your account still has the temporary password it was given. Choose your own password before you continue: at least {n} characters that only you know.</source>
        <translation>您的账户仍在使用分配给您的临时密码。请先设置一个只有您自己知道的新密码（至少 {n} 个字符），然后再继续。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/change_password_dialog.py" line="57"/>
        <source>Choose a new password of at least {n} characters that is not easy to guess. A few unrelated words make a strong password that is easy to remember.</source>
        <translation>请设置一个不易被猜到的新密码，至少 {n} 个字符。把几个互不相关的词组合起来，就是既安全又好记的密码。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/change_password_dialog.py" line="70"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/change_password_dialog.py" line="71"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/change_password_dialog.py" line="73"/>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/change_password_dialog.py" line="87"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/change_password_dialog.py" line="114"/>
        <source>Type your current password.</source>
        <translation>请输入您当前的密码。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/change_password_dialog.py" line="119"/>
        <source>The new password and its repetition differ; type the same one twice.</source>
        <translation>两次输入的新密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="207"/>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="223"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="210"/>
        <source>{name} ({username}) is now: {role}. The new role takes effect the next time they sign in.</source>
        <translation>{name}（{username}）当前的角色：{role}。新角色在其下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="221"/>
        <source>New &amp;role:</source>
        <translation>新角色(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="340"/>
        <source>Check the recovery key</source>
        <translation>核对恢复密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="343"/>
        <source>To be sure the key was written down correctly, type two of its groups as they appear on your Recovery Kit. Capital or small letters are both fine.</source>
        <translation>为确认密钥已正确记下，请照着恢复工具包输入其中两组字符。大小写均可。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="351"/>
        <source>Both groups are right. Press Finish to sign in.</source>
        <translation>两组都正确。请点击“完成”登录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="374"/>
        <source>Group {number}:</source>
        <translation>第 {number} 组：</translation>
    </message>
</context>
<context>
    <name>CreatingPage</name>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="224"/>
        <source>Creating the vault</source>
        <translation>正在创建保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="231"/>
        <source>Nothing was created. Press Back to change what caused this, then try again.</source>
        <translation>没有创建任何内容。请点击“上一步”修改导致问题的设置，然后重试。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="241"/>
        <source>The vault could not be created.</source>
        <translation>无法创建保险库。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="243"/>
        <source>Creating the encrypted vault and the security officer&apos;s account…</source>
        <translation>正在创建加密保险库和安全主管账户…</translation>
    </message>
</context>
<context>
    <name>CustomerRecordDialog</name>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="79"/>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="82"/>
        <source>Customer record</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="93"/>
        <source>Request access…</source>
        <translation>申请查看…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="95"/>
        <source>Ask a manager to let you see the masked fields for a few minutes</source>
        <translation>请经理允许您在几分钟内查看被遮盖的字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="97"/>
        <source>Show values</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="98"/>
        <source>Hide now</source>
        <translation>立即隐藏</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="99"/>
        <source>Check again</source>
        <translation>再次查看状态</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="100"/>
        <source>Approve here…</source>
        <translation>在此审批…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="102"/>
        <source>A manager nearby can approve the waiting request on this screen</source>
        <translation>附近的经理可以在此屏幕上审批等待中的申请</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="104"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="125"/>
        <source>Record</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="126"/>
        <source>Access history</source>
        <translation>访问记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="161"/>
        <source>{name} — customer record</source>
        <translation>{name} — 客户档案</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="163"/>
        <source>Assigned to {staff} · added {date}</source>
        <translation>负责人：{staff} · 添加于 {date}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="164"/>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="175"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="215"/>
        <source>Your request is waiting in the managers&apos; Approvals inbox; check again later.</source>
        <translation>您的申请正在经理的审批收件箱中等待；请稍后再查看。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="219"/>
        <source>{manager} denied your last request: {reason}</source>
        <translation>{manager} 拒绝了您最近的申请：{reason}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="222"/>
        <source>Your last access has ended; ask again if you need it.</source>
        <translation>您上次获得的查看权限已结束；如仍需要，请重新申请。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="233"/>
        <source>A manager approved access until {time}; each look lasts {n} s.</source>
        <translation>经理已批准查看，有效期至 {time}；每次显示 {n} 秒。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="236"/>
        <source>You approved this yourself, so it is flagged for review.</source>
        <translation>这是您自行批准的，因此已标记待复核。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="338"/>
        <source>The values are shown: hidden again in {n} s.</source>
        <translation>正在显示：{n} 秒后再次隐藏。</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../clientsafe/ui/customer_table_model.py" line="30"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_table_model.py" line="35"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_table_model.py" line="36"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_table_model.py" line="38"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_table_model.py" line="43"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="64"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="66"/>
        <source>Open the selected customer&apos;s record (Enter)</source>
        <translation>打开所选客户的档案（Enter）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="91"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="94"/>
        <source>Save the selected customers to a CSV file, with sensitive fields masked</source>
        <translation>将所选客户保存为 CSV 文件，敏感字段已遮盖</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="201"/>
        <source>1 customer assigned to you</source>
        <translation>由您负责的客户：1 位</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="203"/>
        <source>{n} customers assigned to you</source>
        <translation>由您负责的客户：{n} 位</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="205"/>
        <source>No customers are assigned to you yet.</source>
        <translation>目前还没有分配给您的客户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="208"/>
        <source>1 customer</source>
        <translation>共 1 位客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="208"/>
        <source>{n} customers</source>
        <translation>共 {n} 位客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="210"/>
        <source>There are no customers in this vault yet.</source>
        <translation>此保险库中还没有客户。</translation>
    </message>
</context>
<context>
    <name>DenyReasonDialog</name>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="127"/>
        <source>Deny request</source>
        <translation>拒绝申请</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="130"/>
        <source>Why is {who}&apos;s request for {fields} denied? They will see this reason.</source>
        <translation>为什么拒绝 {who} 查看{fields}的申请？对方会看到这个原因。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="140"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/approvals_view.py" line="158"/>
        <source>Type the reason for the denial.</source>
        <translation>请输入拒绝原因。</translation>
    </message>
</context>
<context>
    <name>ExactLookup</name>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="44"/>
        <source>Find an existing customer by phone, ID number or e-mail</source>
        <translation>按电话、身份证号码或电子邮箱查找已有客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="48"/>
        <source>The whole phone number (e.g. 13812345678 or +86 138 1234 5678), the 18-character ID number or the e-mail address</source>
        <translation>完整的电话号码（如 13812345678 或 +86 138 1234 5678）、18 位身份证号码或电子邮箱地址</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="53"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="86"/>
        <source>Type a phone number, an ID number or an e-mail address.</source>
        <translation>请输入电话号码、身份证号码或电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="100"/>
        <source>No customer has this phone, ID number or e-mail.</source>
        <translation>没有客户使用此电话、身份证号码或电子邮箱。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="109"/>
        <source>Existing customer: {name}. Their record is open.</source>
        <translation>已有客户：{name}。已打开其记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="111"/>
        <source>Existing customer: {name}.</source>
        <translation>已有客户：{name}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="121"/>
        <source>Existing customers: {names}. The first record is open.</source>
        <translation>已有客户：{names}。已打开第一条记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="125"/>
        <source>Existing customers: {names}.</source>
        <translation>已有客户：{names}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="130"/>
        <source>Existing customer ({name}), assigned to {staff} — do not create a duplicate; ask them or a manager.</source>
        <translation>已有客户（{name}），由 {staff} 负责——请勿重复创建；请联系其本人或经理。</translation>
    </message>
</context>
<context>
    <name>ExportApprovalPopup</name>
    <message>
        <location filename="../../clientsafe/ui/export_approval_popup.py" line="45"/>
        <source>Manager approval</source>
        <translation>经理审批</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_approval_popup.py" line="49"/>
        <source>A manager must approve this export</source>
        <translation>此次导出需要经理审批</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_approval_popup.py" line="52"/>
        <source>More than {limit} records at once need a manager&apos;s approval. A manager other than you types their own user name and password here.</source>
        <translation>一次导出超过 {limit} 条记录需要经理审批。请由您以外的一位经理在这里输入其本人的用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_approval_popup.py" line="60"/>
        <source>{who} wants to export {n} customer records to a CSV file. The file holds only what {who} may see, with sensitive fields masked, and names who exported it.</source>
        <translation>{who} 要将 {n} 条客户记录导出为 CSV 文件。文件只包含 {who} 有权查看的内容，敏感字段已遮盖，并注明导出人。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_approval_popup.py" line="74"/>
        <source>Approve export</source>
        <translation>批准导出</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_approval_popup.py" line="78"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../clientsafe/ui/export_dialog.py" line="50"/>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_dialog.py" line="52"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_dialog.py" line="129"/>
        <source>Nothing was exported: no manager approved the export.</source>
        <translation>未导出任何内容：没有经理批准此次导出。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_dialog.py" line="143"/>
        <source>Exporting 1 customer…</source>
        <translation>正在导出 1 位客户…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_dialog.py" line="143"/>
        <source>Exporting {n} customers…</source>
        <translation>正在导出 {n} 位客户…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_dialog.py" line="156"/>
        <source>Exported 1 customer to {file}.</source>
        <translation>已将 1 位客户导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_dialog.py" line="157"/>
        <source>Exported {n} customers to {file}.</source>
        <translation>已将 {n} 位客户导出到 {file}。</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../clientsafe/ui/field_row.py" line="60"/>
        <location filename="../../clientsafe/ui/field_row.py" line="92"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_row.py" line="64"/>
        <source>Copy to the clipboard; it is cleared after {n} s.</source>
        <translation>复制到剪贴板；{n} 秒后清除。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_row.py" line="99"/>
        <source>Masked</source>
        <translation>已遮盖</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_row.py" line="108"/>
        <source>Shown for a short time</source>
        <translation>短时显示中</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_row.py" line="112"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="107"/>
        <source>Where the vault lives</source>
        <translation>保险库位置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="110"/>
        <source>The vault is one encrypted file, with a small key file beside it. Keep it on this computer&apos;s own disk; backups are made separately and go elsewhere.

The suggested place is right for most businesses.</source>
        <translation>保险库是一个加密文件，旁边还有一个小的密钥文件。请把它放在这台电脑自己的硬盘上；备份会另外制作，并存放在其他地方。

建议的位置适合大多数商户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="118"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="124"/>
        <source>Vault file:</source>
        <translation>保险库文件：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="141"/>
        <source>Choose where to create the vault</source>
        <translation>选择创建保险库的位置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="143"/>
        <source>ClientSafe vault (*.csvault)</source>
        <translation>ClientSafe 保险库 (*.csvault)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../clientsafe/ui/lock_screen.py" line="161"/>
        <source>ClientSafe is locked</source>
        <translation>ClientSafe 已锁定</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lock_screen.py" line="164"/>
        <source>Signed in as {name} ({username}) · {role}. Everything stays hidden until you type your password again.</source>
        <translation>当前登录：{name}（{username}）· {role}。在您再次输入密码之前，所有内容都保持隐藏。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lock_screen.py" line="173"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lock_screen.py" line="176"/>
        <source>After {n} wrong passwords in a row the account locks for a while and you are signed out.</source>
        <translation>连续输错 {n} 次密码后，账户将被锁定一段时间，并且您会被退出登录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lock_screen.py" line="180"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lock_screen.py" line="181"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lock_screen.py" line="185"/>
        <source>Locked after {n} minute(s) without activity.</source>
        <translation>已在 {n} 分钟无操作后自动锁定。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lock_screen.py" line="189"/>
        <source>Locked because ClientSafe was in the background for a while.</source>
        <translation>ClientSafe 在后台停留时间过长，已自动锁定。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lock_screen.py" line="190"/>
        <source>Locked on request.</source>
        <translation>已按您的要求锁定。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lock_screen.py" line="221"/>
        <source>Type your password to unlock.</source>
        <translation>请输入密码以解锁。</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../clientsafe/ui/login_window.py" line="197"/>
        <source>{business} — ClientSafe</source>
        <translation>{business} — ClientSafe</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/login_window.py" line="200"/>
        <source>Demo vault with sample data. Sign in to look around.</source>
        <translation>这是带有示例数据的演示保险库。登录后即可随意查看。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/login_window.py" line="202"/>
        <source>Sign in with your staff account.</source>
        <translation>请使用您的员工账户登录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/login_window.py" line="204"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/login_window.py" line="205"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/login_window.py" line="206"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/login_window.py" line="207"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/login_window.py" line="209"/>
        <source>Demo accounts</source>
        <translation>演示账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/login_window.py" line="212"/>
        <source>Click a user name to fill it in. Every demo account&apos;s password is “{password}”.</source>
        <translation>点击用户名即可自动填入。所有演示账户的密码都是“{password}”。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/login_window.py" line="235"/>
        <source>Type your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="53"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="60"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="67"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="74"/>
        <source>Vault health</source>
        <translation>保险库状态</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="81"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="88"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="95"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="109"/>
        <source>ClientSafe — {business}</source>
        <translation>ClientSafe — {business}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="111"/>
        <source>{title} — DEMO</source>
        <translation>{title} — DEMO</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="113"/>
        <source>{title} — Locked</source>
        <translation>{title} — 已锁定</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="120"/>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="124"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="128"/>
        <source>Hide your work until you type your password again (Ctrl+L)</source>
        <translation>隐藏工作内容，直到您再次输入密码 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="133"/>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="137"/>
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="142"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="150"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="165"/>
        <source>This is a demo vault with made-up sample data; do not enter real data.</source>
        <translation>这是一个使用虚构示例数据的演示保险库，请勿输入真实数据。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="187"/>
        <source>Your role has no areas in this version of ClientSafe.</source>
        <translation>在此版本的 ClientSafe 中，您的角色没有可用的功能。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="209"/>
        <source>Signed in as {name} ({username}) · {role}</source>
        <translation>当前登录：{name}（{username}）· {role}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="329"/>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="377"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>ManagerCredentials</name>
    <message>
        <location filename="../../clientsafe/ui/manager_credentials.py" line="33"/>
        <source>Manager&apos;s &amp;user name:</source>
        <translation>经理用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/manager_credentials.py" line="35"/>
        <source>Manager&apos;s &amp;password:</source>
        <translation>经理密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/manager_credentials.py" line="43"/>
        <source>The manager types their user name and password.</source>
        <translation>请经理输入其用户名和密码。</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="151"/>
        <source>New staff account</source>
        <translation>新建员工账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="154"/>
        <source>The new colleague signs in once with a temporary password and must then choose their own. Tell it to them in person, not by e-mail or chat. Passwords have at least {n} characters.</source>
        <translation>新同事先用临时密码登录一次，之后必须设置自己的密码。请当面告知临时密码，不要通过电子邮件或聊天工具发送。密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="166"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="167"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="168"/>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="171"/>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="156"/>
        <source>The security officer</source>
        <translation>安全主管</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="159"/>
        <source>The security officer manages staff accounts, backups and the audit trail, and does not see customer data in day-to-day work. You can add the other staff after setup.</source>
        <translation>安全主管负责管理员工账户、备份和审计日志，日常工作中不查看客户数据。其他员工可以在设置完成后再添加。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="170"/>
        <source>optional, for example: Olivia Chen</source>
        <translation>选填，例如：陈丽</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="181"/>
        <source>At least 10 characters. A few unrelated words with a number or sign are easy to remember and hard to guess.</source>
        <translation>至少 10 个字符。几个互不相关的词再加上数字或符号，既好记又难猜。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="187"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="188"/>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="189"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="192"/>
        <source>Repeat password:</source>
        <translation>再次输入密码：</translation>
    </message>
</context>
<context>
    <name>PasswordStrengthBar</name>
    <message>
        <location filename="../../clientsafe/ui/password_strength.py" line="76"/>
        <source>Strength: –</source>
        <translation>强度：–</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/password_strength.py" line="79"/>
        <source>Strength: {label}</source>
        <translation>强度：{label}</translation>
    </message>
</context>
<context>
    <name>PreparingDemoWindow</name>
    <message>
        <location filename="../../clientsafe/ui/startup_controller.py" line="48"/>
        <source>ClientSafe — DEMO</source>
        <translation>ClientSafe — DEMO</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/startup_controller.py" line="50"/>
        <source>Preparing the demo vault…</source>
        <translation>正在准备演示保险库…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="257"/>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="260"/>
        <source>This key opens the vault when this computer&apos;s keyring does not have it: on a new computer, after restoring a backup, or after the user profile was reset. It is shown only now. Save the Recovery Kit and print it, then keep the paper somewhere safe, away from this computer.</source>
        <translation>当这台电脑的系统密钥环中没有保险库密钥时（例如换了新电脑、从备份恢复后，或用户配置被重置后），需要用这个恢复密钥打开保险库。它只在此时显示这一次。请保存恢复工具包并打印出来，然后把打印件存放在远离这台电脑的安全地方。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="279"/>
        <source>Save Recovery Kit (PDF)…</source>
        <translation>保存恢复工具包（PDF）…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="282"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="302"/>
        <source>No usable keyring was found on this computer, so the vault&apos;s key could not be stored here (and it is never stored in plain text). You will need this recovery key every time ClientSafe starts, until a keyring is available.</source>
        <translation>这台电脑上没有可用的系统密钥环，因此保险库密钥无法保存在这里（密钥绝不会以明文保存）。在系统密钥环可用之前，每次启动 ClientSafe 都需要输入这个恢复密钥。</translation>
    </message>
</context>
<context>
    <name>RecoveryKitPrint</name>
    <message>
        <location filename="../../clientsafe/ui/recovery_kit_print.py" line="22"/>
        <source>Business</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_kit_print.py" line="23"/>
        <source>Vault ID</source>
        <translation>保险库 ID</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_kit_print.py" line="24"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_kit_print.py" line="25"/>
        <source>Vault location</source>
        <translation>保险库位置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_kit_print.py" line="27"/>
        <source>ClientSafe Recovery Kit</source>
        <translation>ClientSafe 恢复工具包</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_kit_print.py" line="28"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_kit_print.py" line="29"/>
        <source>This key opens the vault on a new computer, after restoring a backup, or when the keyring has lost the key. Anyone holding it and the vault file can read the data: keep this page locked away, never on the same computer or in e-mail.</source>
        <translation>在新电脑上、从备份恢复后，或系统密钥环丢失密钥时，可用此密钥打开保险库。任何人只要同时拿到它和保险库文件，就能读取其中的数据：请把这页纸锁好保管，切勿与保险库放在同一台电脑上，也不要通过电子邮件发送。</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <location filename="../../clientsafe/ui/recovery_unlock_dialog.py" line="61"/>
        <source>Unlock the vault — ClientSafe</source>
        <translation>解锁保险库 — ClientSafe</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_unlock_dialog.py" line="63"/>
        <source>No keyring on this computer</source>
        <translation>这台电脑上没有系统密钥环</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_unlock_dialog.py" line="65"/>
        <source>This computer does not have the vault&apos;s key</source>
        <translation>这台电脑上没有此保险库的密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_unlock_dialog.py" line="70"/>
        <source>Vault: {path}</source>
        <translation>保险库：{path}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_unlock_dialog.py" line="74"/>
        <source>The unlock lasts for this session only: ClientSafe never stores the key in plain text, so you will need the recovery key again at the next start.</source>
        <translation>本次解锁仅对当前会话有效：ClientSafe 绝不以明文保存密钥，因此下次启动时仍需输入恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_unlock_dialog.py" line="91"/>
        <source>Unlock with recovery key</source>
        <translation>用恢复密钥解锁</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_unlock_dialog.py" line="96"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_unlock_dialog.py" line="109"/>
        <source>Recovery key (from the Recovery Kit):</source>
        <translation>恢复密钥（见恢复工具包）：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_unlock_dialog.py" line="123"/>
        <source>A keyring is the part of the operating system that keeps passwords and keys safe for you; ClientSafe keeps the vault&apos;s key there. Without one, type the recovery key from the vault&apos;s Recovery Kit to open the vault now.</source>
        <translation>系统密钥环是操作系统中替您妥善保管密码和密钥的部分，ClientSafe 会把保险库密钥存放在那里。没有系统密钥环时，请输入此保险库恢复工具包上的恢复密钥，即可立即打开保险库。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_unlock_dialog.py" line="129"/>
        <source>The vault is here, but this computer&apos;s keyring does not hold its key. That is normal on a new computer, after restoring a backup, or after your user profile was reset.

Type the recovery key from the vault&apos;s Recovery Kit. ClientSafe then keeps the key in this computer&apos;s keyring, so you will not need to type it here again.</source>
        <translation>保险库文件在这里，但这台电脑的系统密钥环中没有它的密钥。换了新电脑、从备份恢复后，或用户配置被重置后，出现这种情况是正常的。

请输入此保险库恢复工具包上的恢复密钥。之后 ClientSafe 会把密钥保存在这台电脑的系统密钥环中，以后在这台电脑上就无需再次输入。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recovery_unlock_dialog.py" line="138"/>
        <source>Type the recovery key as printed on the Recovery Kit.</source>
        <translation>请照着恢复工具包上印的内容输入恢复密钥。</translation>
    </message>
</context>
<context>
    <name>RequestNotifier</name>
    <message>
        <location filename="../../clientsafe/ui/request_notifier.py" line="92"/>
        <source>Your request to see {fields} of {customer} was approved — open the record to see it.</source>
        <translation>您查看 {customer} 的{fields}的申请已获批准——打开记录即可查看。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/request_notifier.py" line="97"/>
        <source>Your request to see {fields} of {customer} was denied: {reason}</source>
        <translation>您查看 {customer} 的{fields}的申请被拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/request_notifier.py" line="99"/>
        <source>Your request to see {fields} of {customer} was denied.</source>
        <translation>您查看 {customer} 的{fields}的申请被拒绝。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="248"/>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="257"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="251"/>
        <source>Give {name} ({username}) a temporary password of at least {n} characters. They must choose their own password when they next sign in. A locked account is unlocked too.</source>
        <translation>为 {name}（{username}）设置一个至少 {n} 个字符的临时密码。对方下次登录时必须设置自己的密码。已锁定的账户也会随之解锁。</translation>
    </message>
</context>
<context>
    <name>RevealRequestDialog</name>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="117"/>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="55"/>
        <source>{list}, {item}</source>
        <translation>{list}、{item}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="88"/>
        <source>Request access</source>
        <translation>申请查看</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="93"/>
        <source>These fields are masked. Choose only the ones you need; a manager approves the request and every look is recorded.</source>
        <translation>这些字段已被遮盖。请只选择您需要的字段；申请由经理审批，每次查看都会被记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="99"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="123"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="125"/>
        <source>Each look shows the values for one minute; access ends after this time.</source>
        <translation>每次显示一分钟；超过这个时长后查看权限结束。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="131"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="132"/>
        <source>&amp;Details:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="134"/>
        <source>&amp;How long:</source>
        <translation>时长(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="140"/>
        <source>Ask for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="166"/>
        <source>Required: say why you need to see them</source>
        <translation>必填：说明您为什么需要查看</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="167"/>
        <source>Explain the reason in a few words.</source>
        <translation>请用几句话说明原因。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="169"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="171"/>
        <source>A few words help the manager decide (for example a ticket number).</source>
        <translation>简短说明有助于经理决定（例如工单号）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="178"/>
        <source>Tick at least one field you need to see.</source>
        <translation>请至少勾选一个您需要查看的字段。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/reveal_request_dialog.py" line="181"/>
        <source>Say in a few words why you need to see these fields.</source>
        <translation>请用几句话说明您为什么需要查看这些字段。</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="86"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="92"/>
        <source>These limits protect customer information from being opened or exported in bulk and decide when you are alerted. They apply to every staff account as soon as you save them; each change is recorded in the audit trail.</source>
        <translation>这些限制防止客户信息被批量打开或导出，并决定何时向您发出警报。保存后立即对所有员工账号生效；每次更改都会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="98"/>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="99"/>
        <source> records</source>
        <translation> 条记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="105"/>
        <source>Guards against mass disclosure</source>
        <translation>防止批量泄露</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="107"/>
        <source>Records one person may open:</source>
        <translation>每人可打开的记录数：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="108"/>
        <source>Within:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="109"/>
        <source>Largest export without approval:</source>
        <translation>无需审批的最大导出量：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="111"/>
        <source>Whoever opens more records than this within that time is locked out for {n} minutes, and you are alerted. An export of more records needs a manager&apos;s approval first.</source>
        <translation>在该时间范围内打开的记录超过此数的人将被锁定 {n} 分钟，并向您发出警报。导出更多记录须先经经理审批。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="117"/>
        <source> refusals</source>
        <translation> 次拒绝</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="123"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="126"/>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="128"/>
        <source>Alert after, within ten minutes:</source>
        <translation>十分钟内达到此数即警报：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="129"/>
        <source>Business hours:</source>
        <translation>营业时间：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="131"/>
        <source>You are alerted when one person is refused this many times within ten minutes, and when someone works outside business hours (this computer&apos;s local time).</source>
        <translation>当同一人在十分钟内被拒绝达到此次数，或有人在营业时间（本机当地时间）以外操作时，您会收到警报。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="140"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="142"/>
        <source>Lock the window after no input for:</source>
        <translation>无操作多久后锁定窗口：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="144"/>
        <source>Kept on this computer, not in the vault. The window locks when nobody has used it for this long; a new time takes effect at the next sign-in.</source>
        <translation>保存在本机，而不是保险库中。无人使用达到此时长后窗口即锁定；新的时长在下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="152"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="156"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="158"/>
        <source>Show the saved values again</source>
        <translation>重新显示已保存的值</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="292"/>
        <source>Saved; the new limits apply at once.</source>
        <translation>已保存；新的限制立即生效。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="295"/>
        <source>Saved; the new idle time takes effect at the next sign-in on this computer.</source>
        <translation>已保存；新的空闲时长在本机下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="303"/>
        <source>Business hours must end after they begin. {sentence}</source>
        <translation>营业时间的结束必须晚于开始。{sentence}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="61"/>
        <source>ClientSafe setup</source>
        <translation>ClientSafe 设置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="89"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="90"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="91"/>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="185"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="92"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="183"/>
        <source>Create vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="220"/>
        <source>Stop the setup?</source>
        <translation>要停止设置吗？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="222"/>
        <source>The vault has already been created at {path}. If you stop now, the recovery key will not be shown again; without it the vault cannot be opened on another computer or after a lost keyring. Stop anyway?</source>
        <translation>保险库已创建在 {path}。如果现在停止，恢复密钥将不会再显示；没有它，就无法在其他电脑上打开保险库，系统密钥环丢失密钥后也无法打开。仍要停止吗？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="226"/>
        <source>Stop without the key</source>
        <translation>不保存密钥，直接停止</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="227"/>
        <source>Go back to the key</source>
        <translation>返回查看密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="295"/>
        <source>Recovery Kit - {name}.pdf</source>
        <translation>恢复工具包 - {name}.pdf</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="297"/>
        <source>Save the Recovery Kit</source>
        <translation>保存恢复工具包</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="297"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="309"/>
        <source>Saved to {path}. Print it, and keep the paper (or a USB stick with the file) away from this computer; then delete the file here.</source>
        <translation>已保存到 {path}。请把它打印出来，并把打印件（或存有该文件的 U 盘）放在远离这台电脑的地方；然后删除这台电脑上的这个文件。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="324"/>
        <source>Print the Recovery Kit</source>
        <translation>打印恢复工具包</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="329"/>
        <source>Sent to the printer. Keep the paper somewhere safe, away from this computer.</source>
        <translation>已发送到打印机。请把打印件存放在远离这台电脑的安全地方。</translation>
    </message>
</context>
<context>
    <name>StaffDialogs</name>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="38"/>
        <source>Enters customers and runs the consent dialog; sees only the customers assigned to them.</source>
        <translation>录入客户并进行同意确认；只能看到分配给自己的客户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="42"/>
        <source>Sees transactions and customer names only; no contact or identity data.</source>
        <translation>只能查看交易和客户姓名；无法查看联系方式或身份信息。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="45"/>
        <source>Sees all customers with sensitive fields masked, approves reveals and runs reports.</source>
        <translation>可查看所有客户（敏感字段被遮盖），审批查看申请并生成报表。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="49"/>
        <source>Manages staff accounts, settings, the audit trail and backups; no routine access to customer data.</source>
        <translation>管理员工账户、设置、审计日志和备份；日常工作中不接触客户数据。</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="54"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="55"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="56"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="57"/>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="58"/>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="59"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="119"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="121"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="125"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="173"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="174"/>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="175"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="192"/>
        <source>1 staff account</source>
        <translation>共 1 个员工账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="194"/>
        <source>{n} staff accounts</source>
        <translation>共 {n} 个员工账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="196"/>
        <source>There are no staff accounts to show.</source>
        <translation>没有可显示的员工账户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="218"/>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="218"/>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="225"/>
        <source>This is your own account: another security officer changes its role, status or password.</source>
        <translation>这是您自己的账户：其角色、状态或密码需由另一位安全主管更改。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="229"/>
        <source>Give the account another role</source>
        <translation>为该账户更换角色</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="233"/>
        <source>The account can no longer sign in; its history stays</source>
        <translation>该账户将无法登录；其历史记录会保留</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="234"/>
        <source>The account can sign in again</source>
        <translation>该账户将可以重新登录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="239"/>
        <source>Set a temporary password that must be changed at the next sign-in</source>
        <translation>设置临时密码，对方下次登录时必须修改</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="272"/>
        <source>Created the account {username}; it must change its temporary password at the first sign-in.</source>
        <translation>已创建账户 {username}；首次登录时必须修改临时密码。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="289"/>
        <source>{name} ({username}) is now: {role}.</source>
        <translation>{name}（{username}）的角色现为：{role}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="307"/>
        <source>The password of {name} ({username}) was reset; they choose a new one at the next sign-in.</source>
        <translation>{name}（{username}）的密码已重置；对方将在下次登录时设置新密码。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="337"/>
        <source>{name} ({username}) was deactivated and can no longer sign in.</source>
        <translation>{name}（{username}）已停用，无法再登录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="339"/>
        <source>{name} ({username}) was reactivated and can sign in again.</source>
        <translation>{name}（{username}）已重新启用，可以再次登录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="322"/>
        <source>Deactivate account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="324"/>
        <source>Deactivate {name} ({username})? They can no longer sign in. The account and its history stay, and you can reactivate it later.</source>
        <translation>要停用 {name}（{username}）吗？停用后对方将无法登录。账户及其历史记录会保留，之后可以重新启用。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="327"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_view.py" line="328"/>
        <source>Keep active</source>
        <translation>保持启用</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <location filename="../../clientsafe/ui/startup_controller.py" line="164"/>
        <source>No usable keyring was found on this computer, so this demo vault is made afresh at every start.</source>
        <translation>这台电脑上没有可用的系统密钥环，因此每次启动时都会重新创建此演示保险库。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/startup_controller.py" line="206"/>
        <source>The vault&apos;s key is now stored in this computer&apos;s keyring; next time ClientSafe opens the vault without the recovery key.</source>
        <translation>保险库密钥现已保存在这台电脑的系统密钥环中；下次 ClientSafe 打开保险库时无需再输入恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/startup_controller.py" line="214"/>
        <source>Unlocked for this session only: there is no usable keyring on this computer, and ClientSafe never stores the key in plain text. You will need the recovery key again at the next start.</source>
        <translation>仅在本次会话中解锁：这台电脑上没有可用的系统密钥环，而 ClientSafe 绝不以明文保存密钥。下次启动时需要再次输入恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/startup_controller.py" line="273"/>
        <source>Choose a new password to finish signing in; it is required now.</source>
        <translation>必须先设置新密码，才能完成登录。</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../clientsafe/ui/table_page.py" line="75"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/table_page.py" line="78"/>
        <source>Load the list again (F5)</source>
        <translation>重新加载列表（F5）</translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <location filename="../../clientsafe/ui/transaction_table_model.py" line="43"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/transaction_table_model.py" line="47"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/transaction_table_model.py" line="50"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/transaction_table_model.py" line="55"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>TransactionsView</name>
    <message>
        <location filename="../../clientsafe/ui/transactions_view.py" line="44"/>
        <source>1 transaction</source>
        <translation>共 1 笔交易</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/transactions_view.py" line="46"/>
        <source>{n} transactions</source>
        <translation>共 {n} 笔交易</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/transactions_view.py" line="48"/>
        <source>There are no transactions in this vault yet.</source>
        <translation>此保险库中还没有交易记录。</translation>
    </message>
</context>
<context>
    <name>VaultHealthView</name>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="66"/>
        <source>Vault health</source>
        <translation>保险库状态</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="70"/>
        <source>The check reads every encrypted page of the vault file, checks the database structure and schema version, and recomputes the audit trail&apos;s hash chain.</source>
        <translation>检查会读取保险库文件的每一个加密页面，检查数据库结构和版本号，并重新计算审计日志的哈希链。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="77"/>
        <source>Check vault now</source>
        <translation>立即检查保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="85"/>
        <source>Not checked yet in this session.</source>
        <translation>本次会话中尚未检查。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="98"/>
        <source>Last check</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="101"/>
        <source>Checked at:</source>
        <translation>检查时间：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="102"/>
        <source>Storage:</source>
        <translation>存储：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="103"/>
        <source>Audit chain:</source>
        <translation>审计日志链：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="104"/>
        <source>Audit entries:</source>
        <translation>审计记录数：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="105"/>
        <source>Audit chain head:</source>
        <translation>最新审计记录：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="106"/>
        <source>Schema version:</source>
        <translation>数据结构版本：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="107"/>
        <source>Customers:</source>
        <translation>客户数：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="108"/>
        <source>Staff accounts:</source>
        <translation>员工账户数：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="110"/>
        <source>Problems found:</source>
        <translation>发现的问题：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="142"/>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="150"/>
        <source>Checking the vault…</source>
        <translation>正在检查保险库…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="164"/>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="170"/>
        <source>entry {seq} · {hash}…</source>
        <translation>第 {seq} 条 · {hash}…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="177"/>
        <source>Intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="180"/>
        <source>Broken at entry {seq}</source>
        <translation>在第 {seq} 条处断开</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="183"/>
        <source>Could not be verified</source>
        <translation>无法验证</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="185"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="185"/>
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="201"/>
        <source>✔ The vault is healthy: storage and audit trail are intact.</source>
        <translation>✔ 保险库状态良好：存储和审计日志均完好。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="207"/>
        <source>✖ The check found 1 problem; see below.</source>
        <translation>✖ 检查发现 1 个问题，详见下方。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="209"/>
        <source>✖ The check found {n} problems; see below.</source>
        <translation>✖ 检查发现 {n} 个问题，详见下方。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="218"/>
        <source>Damaged storage page: {detail}</source>
        <translation>存储页已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="220"/>
        <source>Database structure damaged: {detail}</source>
        <translation>数据库结构已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="222"/>
        <source>Audit trail failed verification: {detail}</source>
        <translation>审计日志未通过核验：{detail}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_health_view.py" line="223"/>
        <source>The anchor beside the vault disagrees: {detail}</source>
        <translation>保险库旁的锚点不一致：{detail}</translation>
    </message>
</context>
<context>
    <name>VaultProblemDialog</name>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="34"/>
        <source>The vault cannot be opened — ClientSafe</source>
        <translation>无法打开保险库 — ClientSafe</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="36"/>
        <source>The vault cannot be opened</source>
        <translation>无法打开保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="46"/>
        <source>Nothing has been changed. You can quit, or open another vault file, for example a copy restored from a backup.</source>
        <translation>没有做任何更改。您可以退出，或打开另一个保险库文件，例如从备份恢复的副本。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="53"/>
        <source>Choose another vault…</source>
        <translation>选择其他保险库…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="57"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="75"/>
        <source>Open a vault</source>
        <translation>打开保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="77"/>
        <source>ClientSafe vault (*.csvault);;All files (*)</source>
        <translation>ClientSafe 保险库 (*.csvault);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="74"/>
        <source>Welcome to ClientSafe</source>
        <translation>欢迎使用 ClientSafe</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="77"/>
        <source>ClientSafe keeps your customers&apos; information safe: encrypted on this computer, shown only to the staff who need it, and every access recorded.

This short setup creates your vault (the encrypted file that holds everything) and the first staff account. It takes about a minute.</source>
        <translation>ClientSafe 保护客户信息安全：在这台电脑上加密保存，只向需要的员工显示，每次查看都有记录。

接下来的简短设置会创建您的保险库（保存所有数据的加密文件）和第一个员工账户，约需一分钟。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="85"/>
        <source>for example: Harbour Fitness</source>
        <translation>例如：海港健身</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="88"/>
        <source>Shown on the sign-in screen and printed on the Recovery Kit.</source>
        <translation>显示在登录界面上，并印在恢复工具包上。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="90"/>
        <source>Business name:</source>
        <translation>商户名称：</translation>
    </message>
</context>
<context>
    <name>_StaffDialog</name>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="108"/>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="110"/>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/staff_dialogs.py" line="115"/>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="64"/>
        <source>Vault created</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="65"/>
        <source>Vault opened with recovery key</source>
        <translation>使用恢复密钥解锁保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="67"/>
        <source>Vault health checked</source>
        <translation>核验保险库状态</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="68"/>
        <source>Vault format upgraded</source>
        <translation>升级保险库格式</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="69"/>
        <source>Demo data created</source>
        <translation>创建演示数据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="70"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="71"/>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="72"/>
        <source>Locked after failed sign-ins</source>
        <translation>登录失败次数过多，账户被锁定</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="73"/>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="74"/>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="75"/>
        <source>Staff account created</source>
        <translation>创建员工账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="76"/>
        <source>Staff list viewed</source>
        <translation>查看员工列表</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="77"/>
        <source>Customer added</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="78"/>
        <source>Customer list viewed</source>
        <translation>查看客户列表</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="79"/>
        <source>Transaction recorded</source>
        <translation>记录交易</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="80"/>
        <source>Transaction list viewed</source>
        <translation>查看交易列表</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="81"/>
        <source>Customer record opened</source>
        <translation>打开客户记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="82"/>
        <source>Too many records opened</source>
        <translation>打开记录过多，已被锁定</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="83"/>
        <source>Masked fields requested</source>
        <translation>申请查看遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="84"/>
        <source>Masked fields approved</source>
        <translation>批准查看遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="85"/>
        <source>Masked-field request refused</source>
        <translation>拒绝查看遮盖字段的申请</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="86"/>
        <source>Masked field shown</source>
        <translation>显示遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="87"/>
        <source>Masked field copied</source>
        <translation>复制遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="88"/>
        <source>Field masked again</source>
        <translation>重新遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="89"/>
        <source>Masked-field requests listed</source>
        <translation>查看遮盖字段申请列表</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="90"/>
        <source>Security settings changed</source>
        <translation>修改安全设置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="91"/>
        <source>Security alerts viewed</source>
        <translation>查看安全警报</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="92"/>
        <source>Exact customer look-up</source>
        <translation>精确查找客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="93"/>
        <source>Customer export approved</source>
        <translation>批准导出客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="94"/>
        <source>Customers exported</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="95"/>
        <source>Staff role changed</source>
        <translation>修改员工角色</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="96"/>
        <source>Staff account deactivated</source>
        <translation>停用员工账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="97"/>
        <source>Staff account reactivated</source>
        <translation>重新启用员工账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="98"/>
        <source>Staff password reset</source>
        <translation>重置员工密码</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="99"/>
        <source>Screen unlocked</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="100"/>
        <source>Screen locked</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="101"/>
        <source>Audit trail verified</source>
        <translation>核验审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="102"/>
        <source>Audit trail viewed</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="103"/>
        <source>Access history viewed</source>
        <translation>查看客户访问记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="104"/>
        <source>Audit trail exported</source>
        <translation>导出审计日志</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <location filename="../../clientsafe/ui/background.py" line="57"/>
        <source>Something unexpected went wrong; the details were written to the log.</source>
        <translation>发生了意外错误，详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/background.py" line="103"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/background.py" line="148"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/background.py" line="178"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../clientsafe/services/checks.py" line="37"/>
        <source>part of the database could not be read</source>
        <translation>数据库的部分内容无法读取</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/checks.py" line="38"/>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="24"/>
        <source>Something went wrong.</source>
        <translation>出现了问题。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="45"/>
        <source>Please check the value you entered.</source>
        <translation>请检查您输入的内容。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="50"/>
        <source>Choose a longer password: at least {min_length} characters that are not easy to guess.</source>
        <translation>请设置更长的密码：至少 {min_length} 个字符，并且不易被猜到。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="57"/>
        <source>That is not a complete recovery key; type all groups exactly as printed on the Recovery Kit.</source>
        <translation>这不是完整的恢复密钥，请照着恢复工具包上印的内容输入全部各组字符。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="68"/>
        <source>The vault could not be opened.</source>
        <translation>无法打开保险库。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="72"/>
        <source>There is no vault at {path}; check the path or create one with &apos;init&apos;.</source>
        <translation>{path} 处没有保险库，请检查路径，或用 &apos;init&apos; 命令新建一个。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="79"/>
        <source>A vault already exists at {path}; choose another place so it is not overwritten.</source>
        <translation>{path} 处已有保险库，请选择其他位置，以免将其覆盖。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="87"/>
        <source>The key file {path} beside the vault is missing; copy it back from where the vault came from, or restore a backup.</source>
        <translation>保险库旁边的密钥文件 {path} 不见了，请从保险库原来所在的位置把它复制回来，或从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="96"/>
        <source>The key file {path} is damaged or is not a ClientSafe key file; copy it back from where the vault came from, or restore a backup.</source>
        <translation>密钥文件 {path} 已损坏或不是 ClientSafe 密钥文件，请从保险库原来所在的位置重新复制，或从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="105"/>
        <source>{path} is not a ClientSafe vault (it looks like another program&apos;s file); choose the vault file instead.</source>
        <translation>{path} 不是 ClientSafe 保险库（看起来是其他程序的文件），请改选保险库文件。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="114"/>
        <source>The vault file {path} is damaged or incomplete and cannot be read; restore it from your latest backup.</source>
        <translation>保险库文件 {path} 已损坏或不完整，无法读取，请用最近的备份恢复。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="123"/>
        <source>This vault was written by a newer version of ClientSafe (schema {found}, this version knows up to {supported}); install the newer version to open it.</source>
        <translation>此保险库由更新版本的 ClientSafe 创建（数据结构版本 {found}，当前版本最高支持 {supported}），请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="132"/>
        <source>ClientSafe cannot write to {path}; move the vault to a folder you can write to or ask your administrator to fix its permissions.</source>
        <translation>ClientSafe 无法写入 {path}，请把保险库移到您有写入权限的文件夹，或请管理员修正其权限。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="141"/>
        <source>The disk is full, so nothing was saved; free some space and try again.</source>
        <translation>磁盘已满，没有保存任何内容，请清理出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="148"/>
        <source>This installation&apos;s encryption library is not SQLCipher 4 (found {found}); reinstall ClientSafe.</source>
        <translation>当前安装的加密库不是 SQLCipher 4（检测到 {found}），请重新安装 ClientSafe。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="161"/>
        <source>This computer&apos;s keyring does not hold the key for this vault; unlock it once with the recovery key from the Recovery Kit.</source>
        <translation>这台电脑的系统密钥环中没有此保险库的密钥，请用恢复工具包上的恢复密钥解锁一次。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="170"/>
        <source>No usable keyring is available on this computer ({reason}); unlock with the recovery key for this session.</source>
        <translation>这台电脑上没有可用的系统密钥环（{reason}），请用恢复密钥解锁本次会话。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="178"/>
        <source>That recovery key does not open this vault; check that the Recovery Kit belongs to this vault and type it again.</source>
        <translation>该恢复密钥打不开此保险库，请确认恢复工具包属于此保险库后重新输入。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="190"/>
        <source>The user name or password is not correct; check them and try again.</source>
        <translation>用户名或密码不正确，请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="197"/>
        <source>This account is locked for {minutes} more minute(s) after too many wrong passwords; wait, or ask the security officer to help.</source>
        <translation>由于密码输错次数过多，此账户还将锁定 {minutes} 分钟，请稍后再试，或请安全主管协助。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="205"/>
        <source>This account has been deactivated; ask the security officer.</source>
        <translation>此账户已被停用，请联系安全主管。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="211"/>
        <source>Your role ({role}) may not {action}; ask someone whose role allows it.</source>
        <translation>您的角色（{role}）无权{action}，请让有此权限的同事处理。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="221"/>
        <source>That customer record no longer exists; refresh the list and try again.</source>
        <translation>该客户记录已不存在；请刷新列表后重试。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="228"/>
        <source>This customer is assigned to {staff}; ask them or a manager to look at the record.</source>
        <translation>该客户由 {staff} 负责；请让其本人或经理查看此记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="235"/>
        <source>The permission to see these fields has expired; ask for access again.</source>
        <translation>查看这些字段的授权已过期；请重新申请查看。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="241"/>
        <source>A request must be approved by a manager other than the person who asked; ask another manager.</source>
        <translation>申请必须由申请人以外的经理审批；请找另一位经理。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/errors.py" line="249"/>
        <source>This request has already been decided; refresh to see its outcome.</source>
        <translation>此申请已有审批结果；请刷新查看。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/setup_flow.py" line="44"/>
        <source>The two passwords are not the same; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/setup_flow.py" line="50"/>
        <source>Something already exists at {path}; choose another name or folder so nothing is overwritten.</source>
        <translation>{path} 处已有文件，请换一个名称或文件夹，以免覆盖。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/setup_flow.py" line="58"/>
        <source>Group {number} is not what the recovery key says; look at the Recovery Kit again.</source>
        <translation>第 {number} 组与恢复密钥不符，请再对照一下恢复工具包。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="16"/>
        <source>A user name is 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>请输入 2 到 32 位的用户名，只能使用英文字母、数字、点、连字符或下划线，并以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="24"/>
        <source>Enter a {what} of 1 to {max_length} characters, without control characters.</source>
        <translation>请输入 1 到 {max_length} 个字符的{what}，不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="30"/>
        <source>The user name {username} is already used; choose another.</source>
        <translation>用户名 {username} 已被使用，请换一个。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="59"/>
        <source>Type a full phone number, an 18-character ID number or an e-mail address to look up.</source>
        <translation>请输入完整的电话号码、18 位身份证号码或电子邮箱地址进行查找。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/background.py" line="48"/>
        <source>Cancelled; the work was stopped and nothing was kept.</source>
        <translation>已取消，操作已停止，没有保留任何内容。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/session_lock.py" line="26"/>
        <source>Choose an idle time from {minimum} to {maximum} minutes.</source>
        <translation>请选择 {minimum} 到 {maximum} 分钟之间的空闲时间。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/session_lock.py" line="32"/>
        <source>That is not your password; type the password you sign in with.</source>
        <translation>密码不正确，请输入您登录时使用的密码。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/staff_rules.py" line="18"/>
        <source>That staff account does not exist; refresh the list and try again.</source>
        <translation>该员工账户不存在，请刷新列表后重试。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/staff_rules.py" line="24"/>
        <source>You cannot change your own role; another security officer has to do that.</source>
        <translation>您不能更改自己的角色，需由另一位安全主管操作。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/staff_rules.py" line="30"/>
        <source>You cannot deactivate your own account; another security officer has to do that.</source>
        <translation>您不能停用自己的账户，需由另一位安全主管操作。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/staff_rules.py" line="37"/>
        <source>Use Change password for your own account; a reset is for other people&apos;s accounts.</source>
        <translation>您自己的账户请使用“修改密码”；重置密码仅用于他人的账户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/staff_rules.py" line="44"/>
        <source>The vault must keep at least one active security officer; make another account a security officer first.</source>
        <translation>保险库必须至少保留一位已启用的安全主管；请先将另一个账户设为安全主管。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/disclosure_settings.py" line="27"/>
        <source>Choose a whole number from {low} to {high}.</source>
        <translation>请选择 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/reveals.py" line="47"/>
        <source>Choose at least one masked field, a reason (explained in words for &quot;Other&quot;) and 1 to {max_minutes} minutes.</source>
        <translation>请至少选择一个遮盖字段、一个原因（选择&quot;其他&quot;时请用文字说明），以及 1 到 {max_minutes} 分钟的时长。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/reveals.py" line="55"/>
        <source>Write down a reason (at most {max_length} characters); it is kept with the request.</source>
        <translation>请填写原因（最多 {max_length} 个字符）；原因会与申请一并保存。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/customer_export.py" line="47"/>
        <source>Exporting more than {limit} customers at once needs a manager&apos;s approval; ask a manager to approve it.</source>
        <translation>一次导出超过 {limit} 位客户需要经理审批；请经理批准。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/customer_export.py" line="55"/>
        <source>Select the customers to export first.</source>
        <translation>请先选择要导出的客户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/audit_export.py" line="43"/>
        <source>The period ends before it starts; choose an end date on or after the start.</source>
        <translation>期间的结束日期早于开始日期；请选择不早于开始日期的结束日期。</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="36"/>
        <source>business name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="37"/>
        <source>display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="38"/>
        <source>customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="39"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="40"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="41"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="42"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="43"/>
        <source>National ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="45"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
</context>
<context>
    <name>keyring</name>
    <message>
        <location filename="../../clientsafe/vault/keyring_store.py" line="24"/>
        <source>no keyring service is installed or running</source>
        <translation>本机未安装或未运行系统密钥环服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/vault/keyring_store.py" line="25"/>
        <source>the keyring is switched off</source>
        <translation>系统密钥环已被关闭</translation>
    </message>
    <message>
        <location filename="../../clientsafe/vault/keyring_store.py" line="26"/>
        <source>the keyring is locked</source>
        <translation>系统密钥环已锁定</translation>
    </message>
    <message>
        <location filename="../../clientsafe/vault/keyring_store.py" line="27"/>
        <source>the keyring did not keep the key</source>
        <translation>系统密钥环未能保存密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/vault/keyring_store.py" line="28"/>
        <source>the keyring service did not answer</source>
        <translation>系统密钥环服务没有响应</translation>
    </message>
</context>
<context>
    <name>passwords</name>
    <message>
        <location filename="../../clientsafe/core/passwords.py" line="44"/>
        <source>Very weak</source>
        <translation>很弱</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/passwords.py" line="45"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/passwords.py" line="46"/>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/passwords.py" line="47"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/passwords.py" line="48"/>
        <source>Very strong</source>
        <translation>很强</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="59"/>
        <source>view customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="60"/>
        <source>create customers</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="61"/>
        <source>view transactions</source>
        <translation>查看交易</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="62"/>
        <source>view staff accounts</source>
        <translation>查看员工账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="63"/>
        <source>manage staff accounts</source>
        <translation>管理员工账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="64"/>
        <source>check the vault</source>
        <translation>检查保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="65"/>
        <source>open customer records</source>
        <translation>打开客户记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="66"/>
        <source>ask to see masked fields</source>
        <translation>申请查看遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="67"/>
        <source>approve seeing masked fields</source>
        <translation>审批查看遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="68"/>
        <source>change the security settings</source>
        <translation>修改安全设置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="69"/>
        <source>see security alerts</source>
        <translation>查看安全警报</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="70"/>
        <source>export or print customers</source>
        <translation>导出或打印客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="71"/>
        <source>verify the audit trail</source>
        <translation>核验审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="72"/>
        <source>view the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="73"/>
        <source>see who accessed a customer</source>
        <translation>查看谁访问过客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="75"/>
        <source>export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
</context>
<context>
    <name>reveal_reasons</name>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="75"/>
        <source>Verify the customer&apos;s identity</source>
        <translation>核实客户身份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="76"/>
        <source>The customer asked to see their data</source>
        <translation>客户要求查看本人信息</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="78"/>
        <source>Correct the customer&apos;s record</source>
        <translation>更正客户记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="79"/>
        <source>A legal or regulatory request</source>
        <translation>法律或监管要求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="80"/>
        <source>Other (explain below)</source>
        <translation>其他（请在下方说明）</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="27"/>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="28"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="29"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="30"/>
        <source>Security officer</source>
        <translation>安全主管</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <location filename="../../clientsafe/core/setup_flow.py" line="34"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/setup_flow.py" line="35"/>
        <source>Where the vault lives</source>
        <translation>保险库位置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/setup_flow.py" line="36"/>
        <source>The security officer</source>
        <translation>安全主管</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/setup_flow.py" line="37"/>
        <source>Creating the vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/setup_flow.py" line="38"/>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/setup_flow.py" line="39"/>
        <source>Check the recovery key</source>
        <translation>核对恢复密钥</translation>
    </message>
</context>
</TS>
