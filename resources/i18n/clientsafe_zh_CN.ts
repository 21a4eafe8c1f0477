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
    <name>AccessReportDialog</name>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="74"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="76"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="77"/>
        <source>Save the access report</source>
        <translation>保存查阅报告</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="109"/>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="112"/>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="290"/>
        <source>Access report</source>
        <translation>查阅报告</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="116"/>
        <source>Everything held about this customer: details, services and purposes, consents, third parties it was shared with, corrections, requests, how long it is kept and who looked at the record. Nothing about anyone else. Saving or printing it is recorded in the audit trail.</source>
        <translation>本报告包含我们保存的该客户的全部信息：个人资料、服务及用途、同意记录、共享给的第三方、更正、请求、保存期限，以及谁查看过该记录。不包含任何其他人的信息。保存或打印本报告会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="132"/>
        <source>Request access…</source>
        <translation>申请查看…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="134"/>
        <source>Ask for the masked fields to be included; a manager must approve</source>
        <translation>申请在报告中包含已遮盖的字段；需经理批准</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="141"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="142"/>
        <source>Chinese (简体中文)</source>
        <translation>中文（简体中文）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="145"/>
        <source>Report &amp;language:</source>
        <translation>报告语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="150"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="151"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="152"/>
        <source>Save JSON…</source>
        <translation>保存 JSON…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="153"/>
        <source>A machine-readable copy, for a customer who asks for their data in a portable form</source>
        <translation>机器可读的副本，供要求以可携带格式获取其数据的客户使用</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="155"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="182"/>
        <source>Details held:</source>
        <translation>保存的资料：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="182"/>
        <source>Services:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="183"/>
        <source>Consent records:</source>
        <translation>同意记录：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="184"/>
        <source>Shared with third parties:</source>
        <translation>共享给第三方：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="185"/>
        <source>Corrections:</source>
        <translation>更正：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="185"/>
        <source>Requests:</source>
        <translation>请求：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="186"/>
        <source>Payments:</source>
        <translation>付款：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="187"/>
        <source>Access log entries:</source>
        <translation>查看日志条目：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="211"/>
        <source>{name} · customer #{id}</source>
        <translation>{name} · 客户 #{id}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="215"/>
        <source>In answer to request #{id} ({kind}), received {date}</source>
        <translation>答复请求 #{id}（{kind}），收到于 {date}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="225"/>
        <source>These fields will be masked: {fields}. To include them in full, request access; a manager must approve.</source>
        <translation>以下字段将被遮盖：{fields}。如需完整包含，请申请查看；需经理批准。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="230"/>
        <source>Sensitive fields are included in full until {time} (approved access).</source>
        <translation>在 {time} 之前，敏感字段将完整显示（已批准查看）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="238"/>
        <source>{list}, {item}</source>
        <translation>{list}、{item}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="283"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="292"/>
        <source>Printing was cancelled; no report was made.</source>
        <translation>已取消打印；未生成报告。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="306"/>
        <source>The printer did not take the report; check that it is on and ready, then print again.</source>
        <translation>打印机未接收该报告；请检查打印机已开启并就绪，然后重新打印。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="309"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="320"/>
        <source>Making the access report…</source>
        <translation>正在生成查阅报告…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="355"/>
        <source>1 field is masked in it.</source>
        <translation>其中有 1 个字段已遮盖。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="356"/>
        <source>{n} fields are masked in it.</source>
        <translation>其中有 {n} 个字段已遮盖。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="413"/>
        <source>Approved: the report now includes those fields.</source>
        <translation>已批准：报告现已包含这些字段。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="415"/>
        <source>The request was denied; the fields stay masked.</source>
        <translation>申请被拒绝；这些字段仍保持遮盖。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/access_report_dialog.py" line="418"/>
        <source>The request waits in the managers&apos; Approvals inbox; open the report again once it is approved.</source>
        <translation>申请正在经理的审批收件箱中等待处理；批准后请重新打开报告。</translation>
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
    <name>AnswerDialog</name>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="127"/>
        <source>Answer request</source>
        <translation>答复请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="130"/>
        <source>Answer the request</source>
        <translation>答复该请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="132"/>
        <source>Completed: the customer got what they asked for</source>
        <translation>已完成：客户已获得所请求的内容</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="136"/>
        <source>Completed: the requester was answered</source>
        <translation>已完成：已答复请求人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="137"/>
        <source>Refused: explain why below</source>
        <translation>已拒绝：请在下方说明原因</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="152"/>
        <source>A manager completes this request, after searching all customers for the person. Here it can only be refused.</source>
        <translation>此请求须由经理在所有客户中查找此人后完成。此处只能拒绝该请求。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="156"/>
        <source>A deletion request is completed by destroying the customer&apos;s data, which a manager approves in the destruction queue. Here it can only be refused.</source>
        <translation>删除请求需通过销毁客户数据来完成，由经理在销毁队列中批准。此处只能拒绝该请求。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="160"/>
        <source>Verify the customer&apos;s identity first to complete the request; it can be refused without.</source>
        <translation>请先核验客户身份才能完成该请求；未核验身份也可以拒绝。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="171"/>
        <source>Answer given to the requester:</source>
        <translation>给请求人的答复：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="172"/>
        <source>Answer given to the customer:</source>
        <translation>给客户的答复：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="179"/>
        <source>Close the request</source>
        <translation>关闭请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="194"/>
        <source>For example: we searched our records and hold no personal data about you.</source>
        <translation>例如：我们已查找记录，未保存任何关于您的个人信息。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="197"/>
        <source>For example: the access report was handed over at the counter.</source>
        <translation>例如：已在柜台将查阅报告交给客户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="199"/>
        <source>For example: we could not confirm your identity; please come to the counter with an identity document.</source>
        <translation>例如：我们无法确认您的身份；请携带身份证件到柜台办理。</translation>
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
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="35"/>
        <source>Export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="37"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="58"/>
        <source>Exported {count} audit log entries to {path}.</source>
        <translation>已将 {count} 条审计日志导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="61"/>
        <source>Exported {count} audit log entries to {path}. The audit trail failed verification; the report names the first problem.</source>
        <translation>已将 {count} 条审计日志导出到 {path}。审计日志核验未通过；报告中写明了第一个问题。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="67"/>
        <source>Audit trail exported</source>
        <translation>审计日志已导出</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="77"/>
        <source>The export was cancelled; no file was saved.</source>
        <translation>导出已取消；未保存任何文件。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="81"/>
        <source>Audit trail not exported</source>
        <translation>审计日志未导出</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/audit_export_dialog.py" line="92"/>
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
    <name>AutoBackupScheduler</name>
    <message>
        <location filename="../../clientsafe/ui/auto_backup.py" line="131"/>
        <source>Making the automatic backup before ClientSafe closes…</source>
        <translation>正在 ClientSafe 关闭前进行自动备份…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup.py" line="148"/>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup.py" line="149"/>
        <source>The automatic backup failed: {sentence} ClientSafe closes now; make a backup at the next start.</source>
        <translation>自动备份失败：{sentence} ClientSafe 现在将关闭；请在下次启动时进行备份。</translation>
    </message>
</context>
<context>
    <name>AutoBackupSettingsBox</name>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="53"/>
        <source>Make a backup automatically every day</source>
        <translation>每天自动备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="57"/>
        <source>for example a USB drive or a network folder</source>
        <translation>例如 U 盘或网络文件夹</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="58"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="63"/>
        <source> daily</source>
        <translation> 个每日备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="64"/>
        <source> weekly</source>
        <translation> 个每周备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="65"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="74"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="75"/>
        <source>Keep the newest:</source>
        <translation>保留最新的：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="79"/>
        <source>Remind after no backup for:</source>
        <translation>超过以下时间未备份时提醒：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="81"/>
        <source>ClientSafe makes the backup while it is open, once a day, and when it closes if the last one is older than a day. Older backups in the folder are deleted, except the newest of each of the last days and weeks set here. These settings are kept on this computer.</source>
        <translation>ClientSafe 在运行期间每天备份一次；关闭时如果上次备份已超过一天，也会进行备份。文件夹中较旧的备份会被删除，但会保留此处所设最近若干天中每天、若干周中每周最新的一份。这些设置保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="88"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="91"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="164"/>
        <source>Choose the folder for automatic backups</source>
        <translation>选择自动备份的文件夹</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="181"/>
        <source>Saved, but {folder} is not there right now; the backups fail until the drive is connected.</source>
        <translation>已保存，但 {folder} 目前不可用；在连接该驱动器之前，备份都会失败。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="184"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/auto_backup_settings.py" line="185"/>
        <source>Saved; ClientSafe makes the next automatic backup when one is due.</source>
        <translation>已保存；到时 ClientSafe 会进行下一次自动备份。</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <location filename="../../clientsafe/ui/backup_status_label.py" line="50"/>
        <source>Backup state unknown</source>
        <translation>备份状态未知</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_status_label.py" line="55"/>
        <source>Making the automatic backup…</source>
        <translation>正在进行自动备份…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_status_label.py" line="58"/>
        <source>last restore drill passed {age}</source>
        <translation>上次恢复演练通过：{age}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_status_label.py" line="61"/>
        <source>no restore drill has passed yet</source>
        <translation>尚未通过任何恢复演练</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_status_label.py" line="62"/>
        <source>Click to open Backups.</source>
        <translation>点击打开“备份”。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_status_label.py" line="64"/>
        <source>⚠ The last backup failed: {why}</source>
        <translation>⚠ 上次备份失败：{why}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_status_label.py" line="67"/>
        <source>No backup yet; make one now</source>
        <translation>尚无备份；请立即备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_status_label.py" line="69"/>
        <source>Last backup {age}; time for a new one</source>
        <translation>上次备份：{age}；该进行新的备份了</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_status_label.py" line="72"/>
        <source>Backed up {age} · {drill}</source>
        <translation>已备份：{age} · {drill}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_status_label.py" line="75"/>
        <source>No backup yet</source>
        <translation>尚无备份</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="35"/>
        <source>today at {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="37"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="38"/>
        <source>{n} days ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="46"/>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="49"/>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="54"/>
        <source>automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="62"/>
        <source>the destination is full</source>
        <translation>目标位置空间已满</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="63"/>
        <source>the folder cannot be written to</source>
        <translation>无法写入该文件夹</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="64"/>
        <source>the drive reported an error</source>
        <translation>驱动器报告了错误</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="65"/>
        <source>it did not read back correctly</source>
        <translation>回读校验不正确</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="66"/>
        <source>no folder is set</source>
        <translation>未设置文件夹</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="68"/>
        <source>an unexpected error</source>
        <translation>发生了意外错误</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="72"/>
        <source>entry {seq} · {hash}…</source>
        <translation>第 {seq} 条 · {hash}…</translation>
    </message>
</context>
<context>
    <name>BackupWizard</name>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="112"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="138"/>
        <source>Choose the folder for the backup</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="158"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="159"/>
        <source>Free space there: {free}. The vault is about {size}.</source>
        <translation>该位置可用空间：{free}。保险库大小约为 {size}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="173"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>已取消；未保留任何内容。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="182"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="216"/>
        <source>✔ The backup was written, read back and verified: it opens, its storage is intact and its counts match the vault.</source>
        <translation>✔ 备份已写入、回读并通过核验：可以打开，存储完好，各项数量与保险库一致。</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <location filename="../../clientsafe/ui/backups_view.py" line="55"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backups_view.py" line="57"/>
        <source>A backup is one encrypted file with everything in the vault. Keep backups away from this computer, and test now and then that one can really be restored.</source>
        <translation>备份是一个包含保险库全部内容的加密文件。请将备份存放在远离这台电脑的地方，并不时测试备份确实能够恢复。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backups_view.py" line="67"/>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backups_view.py" line="72"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backups_view.py" line="85"/>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backups_view.py" line="91"/>
        <source>Restore drills</source>
        <translation>恢复演练</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backups_view.py" line="126"/>
        <source>Last good backup: {when} ({age}).</source>
        <translation>上次成功备份：{when}（{age}）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backups_view.py" line="129"/>
        <source>No backup has been made yet.</source>
        <translation>尚未进行过备份。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backups_view.py" line="131"/>
        <source>The last attempt failed on {when}: {why}.</source>
        <translation>上次尝试于 {when} 失败：{why}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backups_view.py" line="134"/>
        <source>Last restore drill passed: {when} ({age}).</source>
        <translation>上次通过恢复演练：{when}（{age}）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backups_view.py" line="138"/>
        <source>No restore drill has passed yet.</source>
        <translation>尚未通过任何恢复演练。</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="31"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="32"/>
        <source>Other language</source>
        <translation>其他语言</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="33"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="34"/>
        <source>Class</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="35"/>
        <source>Checked as</source>
        <translation>校验方式</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="36"/>
        <source>Masked as</source>
        <translation>遮盖方式</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="37"/>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="38"/>
        <source>Indexed</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="39"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="102"/>
        <source>{label} (key: {key})</source>
        <translation>{label}（键：{key}）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="105"/>
        <source>A look-up index finds customers by the exact value without decrypting</source>
        <translation>查找索引可按精确值查找客户，无需解密</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="130"/>
        <location filename="../../clientsafe/ui/catalog_model.py" line="132"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="130"/>
        <location filename="../../clientsafe/ui/catalog_model.py" line="132"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="134"/>
        <source>Custom (inactive)</source>
        <translation>自定义（未启用）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="135"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_model.py" line="135"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../clientsafe/ui/catalog_view.py" line="43"/>
        <source>&amp;New custom field…</source>
        <translation>新建自定义字段(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_view.py" line="49"/>
        <source>Fields reach a customer&apos;s record only through a service&apos;s approved collection request. Sensitive fields are always encrypted and shown masked; a look-up index allows exact searches without decrypting.</source>
        <translation>字段只有通过某项服务经批准的收集申请，才会进入客户档案。敏感字段始终加密并以遮盖形式显示；查找索引支持无需解密的精确搜索。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_view.py" line="76"/>
        <source>{n} fields, {custom} of them custom</source>
        <translation>共 {n} 个字段，其中 {custom} 个为自定义字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_view.py" line="78"/>
        <source>The catalog could not be read.</source>
        <translation>无法读取字段目录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/catalog_view.py" line="100"/>
        <source>Added {label} to the catalog. A service can now ask to collect it.</source>
        <translation>已将 {label} 添加到字段目录。现在各项服务可以申请收集该字段。</translation>
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
    <name>CheckPage</name>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="280"/>
        <source>Check the rows</source>
        <translation>检查各行数据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="282"/>
        <source>Every row is checked as the intake form would check it. Rows with a problem are listed below and left out; fix them in the file and import it again later — customers already imported are skipped then.</source>
        <translation>每一行都会按登记表的规则进行检查。有问题的行列在下方，不会导入；请在文件中修正后再重新导入——届时已导入的客户会被跳过。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="292"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="294"/>
        <source>Save the rejected rows (row, column, reason) as a CSV file; it holds no customer values</source>
        <translation>将被拒绝的行（行号、列、原因）保存为 CSV 文件；其中不含任何客户数据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="318"/>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="323"/>
        <source>Rows read: {rows}
To import: {ok}
Skipped, already in the vault or repeated in the file: {dup}
Left out because of a problem: {bad}</source>
        <translation>已读取行数：{rows}
待导入：{ok}
已跳过（保险库中已有或文件中重复）：{dup}
因有问题未导入：{bad}</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="53"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="55"/>
        <source>Restoring replaces everything in this vault with the content of a backup. ClientSafe first checks the backup and shows what it holds; nothing changes until you confirm. The current vault is kept aside as a pre-restore copy beside it.</source>
        <translation>恢复会用备份的内容替换此保险库中的全部内容。ClientSafe 会先检查备份并显示其中的内容；在您确认之前不会做任何更改。当前保险库会作为恢复前副本保留在原位置旁边。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="61"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="65"/>
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
</context>
<context>
    <name>CollectionInbox</name>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="51"/>
        <source>All requests</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="57"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="65"/>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="67"/>
        <source>&amp;Reject…</source>
        <translation>拒绝(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="70"/>
        <source>&amp;Stop collecting…</source>
        <translation>停止收集(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="74"/>
        <source>Allow the service to collect this field</source>
        <translation>允许该服务收集此字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="75"/>
        <source>Refuse, saying why; whoever asked sees the reason</source>
        <translation>拒绝并说明原因；申请人会看到该原因</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="77"/>
        <source>The service stops collecting this field; the notice is published again</source>
        <translation>该服务停止收集此字段；告知书将重新发布</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="139"/>
        <source>No requests waiting</source>
        <translation>没有待处理的申请</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="140"/>
        <source>1 request waiting for your decision</source>
        <translation>有 1 项申请等待您决定</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="141"/>
        <source>{n} requests waiting for your decision</source>
        <translation>有 {n} 项申请等待您决定</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="143"/>
        <source>No requests waiting for a decision.</source>
        <translation>没有等待决定的申请。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="145"/>
        <source>No requests to show.</source>
        <translation>没有可显示的申请。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="209"/>
        <source>Approved: {service} now collects {field}. Its consent notice was published again.</source>
        <translation>已批准：{service} 现在收集{field}。其告知书已重新发布。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="211"/>
        <source>Rejected collecting {field} for {service}.</source>
        <translation>已拒绝为 {service} 收集{field}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_inbox.py" line="212"/>
        <source>{service} no longer collects {field}. Its consent notice was published again.</source>
        <translation>{service} 已不再收集{field}。其告知书已重新发布。</translation>
    </message>
</context>
<context>
    <name>CollectionRequestsModel</name>
    <message>
        <location filename="../../clientsafe/ui/collection_requests_model.py" line="48"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_requests_model.py" line="49"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_requests_model.py" line="50"/>
        <source>Class</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_requests_model.py" line="51"/>
        <source>Required?</source>
        <translation>是否必填</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_requests_model.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_requests_model.py" line="53"/>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_requests_model.py" line="54"/>
        <source>Asked on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_requests_model.py" line="55"/>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_requests_model.py" line="56"/>
        <source>Used to</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_requests_model.py" line="133"/>
        <source>Used to: {use}
Without it: {without}</source>
        <translation>用途：{use}
如不提供：{without}</translation>
    </message>
</context>
<context>
    <name>CollectionText</name>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="35"/>
        <source>after the customer stops using the service</source>
        <translation>客户停止使用服务后</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="37"/>
        <source>after the last visit</source>
        <translation>最后一次到访后</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="88"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="89"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="90"/>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="91"/>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="92"/>
        <source>{count} {after}</source>
        <translation>{after} {count}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="93"/>
        <source>&lt;b&gt;{field}&lt;/b&gt; · {required} · {status}</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt; · {required} · {status}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="94"/>
        <source>{title} · for {service}</source>
        <translation>{title} · 用于 {service}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="95"/>
        <source>&lt;b&gt;Used to:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;用途：&lt;/b&gt;{text}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="96"/>
        <source>&lt;b&gt;Without it:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;如不提供：&lt;/b&gt;{text}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="97"/>
        <source>Asked by {who} on {when}.</source>
        <translation>由 {who} 于 {when} 申请。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="99"/>
        <source>Approved by {who} on {when}: {reason}</source>
        <translation>由 {who} 于 {when} 批准：{reason}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="101"/>
        <source>Rejected by {who} on {when}: {reason}</source>
        <translation>由 {who} 于 {when} 拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/collection_text.py" line="103"/>
        <source>Stopped by {who} on {when}: {reason}</source>
        <translation>由 {who} 于 {when} 停止：{reason}</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="344"/>
        <source>Check the recovery key</source>
        <translation>核对恢复密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="347"/>
        <source>To be sure the key was written down correctly, type two of its groups as they appear on your Recovery Kit. Capital or small letters are both fine.</source>
        <translation>为确认密钥已正确记下，请照着恢复工具包输入其中两组字符。大小写均可。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="355"/>
        <source>Both groups are right. Press Finish to sign in.</source>
        <translation>两组都正确。请点击“完成”登录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_pages.py" line="378"/>
        <source>Group {number}:</source>
        <translation>第 {number} 组：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="150"/>
        <source>Confirm the restore</source>
        <translation>确认恢复</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="154"/>
        <source>The vault that cannot be opened is kept aside as a pre-restore copy, and the backup takes its place. Type the business name to confirm.</source>
        <translation>无法打开的保险库会另存为恢复前副本，并由备份取而代之。请输入商户名称以确认。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="158"/>
        <source>Everyone working in ClientSafe on this computer is signed out, the current vault is kept aside as a pre-restore copy, and the backup takes its place. Type the business name to confirm.</source>
        <translation>这台电脑上所有正在使用 ClientSafe 的人员都将被登出，当前保险库会另存为恢复前副本，并由备份取而代之。请输入商户名称以确认。</translation>
    </message>
</context>
<context>
    <name>ConsentChoices</name>
    <message>
        <location filename="../../clientsafe/ui/consent_choices.py" line="150"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_choices.py" line="152"/>
        <source>Sensitive information: a separate consent</source>
        <translation>敏感个人信息：需单独同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_choices.py" line="154"/>
        <source>Tick only if you agree. If you do not, these details are not recorded.</source>
        <translation>仅在您同意时勾选。如不同意，这些信息将不会被记录。</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="335"/>
        <source>Everything is complete. Press “Agree and save”.</source>
        <translation>所有内容均已完成。请按“同意并保存”。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="366"/>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="409"/>
        <source>Customer declines</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="367"/>
        <source>Nothing will be stored. Decline?</source>
        <translation>将不会保存任何信息。确定拒绝吗？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="368"/>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="368"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="386"/>
        <source>2. Signed on paper</source>
        <translation>2. 已在纸上签字</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="388"/>
        <source>2. Sign in the box</source>
        <translation>2. 请在框内签名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="402"/>
        <source>Customer consent</source>
        <translation>客户同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="403"/>
        <source>Your information and your choices</source>
        <translation>您的信息与您的选择</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="404"/>
        <source>For: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="405"/>
        <source>Notice</source>
        <translation>告知书</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="406"/>
        <source>1. Tick what you agree to</source>
        <translation>1. 勾选您同意的内容</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="408"/>
        <source>Staff: the customer signed on paper</source>
        <translation>员工：客户已在纸上签字</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="410"/>
        <source>Full screen (F11)</source>
        <translation>全屏 (F11)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="411"/>
        <source>Move to second screen</source>
        <translation>移到第二个屏幕</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_dialog.py" line="412"/>
        <source>Agree and save</source>
        <translation>同意并保存</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryPanel</name>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="101"/>
        <source>What the customer agreed to</source>
        <translation>客户同意的内容</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="107"/>
        <source>No consent is recorded for this customer.</source>
        <translation>此客户没有同意记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="108"/>
        <source>Consent records</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="111"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="111"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="111"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="111"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="112"/>
        <source>Notice</source>
        <translation>告知书</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="112"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="112"/>
        <source>Verification code</source>
        <translation>校验码</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="121"/>
        <source>Choose a signed record (consent given or renewed) to save it as a PDF.</source>
        <translation>请选择一条已签名的记录（同意或续签），将其保存为 PDF。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="181"/>
        <source>Ask for consent again at this visit: the notice for {service} changed since the customer agreed.</source>
        <translation>请在本次到访时重新征求同意：自客户同意以来，{service} 的告知书已有变更。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="183"/>
        <source>Consent unknown for {service}: this customer was imported. Ask for consent at this visit.</source>
        <translation>{service} 的同意情况未知：此客户是导入的。请在本次到访时征求同意。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="191"/>
        <source>Ask now…</source>
        <translation>立即征求…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="201"/>
        <source>Sharing with {recipient}</source>
        <translation>与 {recipient} 共享</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="203"/>
        <source>Providing the service</source>
        <translation>提供服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="204"/>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="205"/>
        <source>Sensitive information</source>
        <translation>敏感个人信息</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="220"/>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="249"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="240"/>
        <source>since {date}</source>
        <translation>自 {date} 起</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="262"/>
        <source>v{n}</source>
        <translation>v{n}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="265"/>
        <source>{notice} (older)</source>
        <translation>{notice}（旧版）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="274"/>
        <source>Guardian: {name}</source>
        <translation>监护人：{name}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="306"/>
        <source>Withdraw “{purpose}” for {service} now? It takes effect immediately.</source>
        <translation>现在撤回 {service} 的“{purpose}”同意吗？撤回立即生效。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="309"/>
        <source>Without this consent the business can no longer provide the service.</source>
        <translation>没有此项同意，商户将无法继续提供该服务。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="311"/>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="312"/>
        <source>Withdraw now</source>
        <translation>立即撤回</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="312"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="322"/>
        <source>Withdrawn: {purpose} ({service}).</source>
        <translation>已撤回：{purpose}（{service}）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="339"/>
        <source>This service has no consent notice to show.</source>
        <translation>此服务没有可显示的告知书。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="361"/>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="389"/>
        <source>Nothing was recorded; the customer&apos;s earlier choices stay as they were. Ask again at the next visit.</source>
        <translation>未记录任何内容；客户之前的选择保持不变。请在下次到访时再次征求。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_history_view.py" line="399"/>
        <source>Consent renewed on the current notice.</source>
        <translation>已按当前告知书续签同意。</translation>
    </message>
</context>
<context>
    <name>ConsentPdfBar</name>
    <message>
        <location filename="../../clientsafe/ui/consent_pdf_bar.py" line="31"/>
        <source>Save the signed consent</source>
        <translation>保存已签名的同意书</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_pdf_bar.py" line="33"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_pdf_bar.py" line="56"/>
        <source>Save consent PDF…</source>
        <translation>保存同意书 PDF…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_pdf_bar.py" line="59"/>
        <source>Save the signed consent record (notice, choices, signature) as a PDF file</source>
        <translation>将已签名的同意记录（告知书、选择、签名）保存为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_pdf_bar.py" line="60"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_pdf_bar.py" line="63"/>
        <source>Print the signed consent record (notice, choices, signature)</source>
        <translation>打印已签署的同意记录（告知书、选择、签名）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_pdf_bar.py" line="64"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_pdf_bar.py" line="66"/>
        <source>Open the saved PDF in this computer&apos;s PDF viewer</source>
        <translation>在本机的 PDF 阅读器中打开已保存的 PDF</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_pdf_bar.py" line="128"/>
        <source>Signed consent record</source>
        <translation>已签署的同意记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_pdf_bar.py" line="130"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_pdf_bar.py" line="136"/>
        <source>No PDF viewer opened; open {path} yourself.</source>
        <translation>未能打开 PDF 阅读器；请自行打开 {path}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_pdf_bar.py" line="111"/>
        <source>The PDF could not be saved to {path}: {reason}</source>
        <translation>无法将 PDF 保存到 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/consent_pdf_bar.py" line="116"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="47"/>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="98"/>
        <source>Correct a detail</source>
        <translation>更正信息</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="72"/>
        <source>For example: the customer showed their new identity card</source>
        <translation>例如：客户出示了新的身份证</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="79"/>
        <source>Detail:</source>
        <translation>信息项：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="80"/>
        <source>New value:</source>
        <translation>新值：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="81"/>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="82"/>
        <source>Answers request:</source>
        <translation>对应请求：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="85"/>
        <source>The old value is replaced everywhere, including look-ups by phone, ID number or e-mail. The history keeps the old and new values only masked.</source>
        <translation>旧值将在所有地方被替换，包括按电话、证件号码或电子邮件的查找。历史记录中的旧值和新值都只以遮盖形式保存。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="90"/>
        <source>Save correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="127"/>
        <source>{field} (not given yet)</source>
        <translation>{field}（尚未提供）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="129"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="137"/>
        <source>#{id}, received {when}</source>
        <translation>#{id}，收到于 {when}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="188"/>
        <source>e.g. 138 0013 8000; a foreign number with +</source>
        <translation>例如 138 0013 8000；外国号码请以 + 开头</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="189"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/correction_dialog.py" line="190"/>
        <source>18 characters: 17 digits and a digit or X</source>
        <translation>18 位：17 位数字加 1 位数字或 X</translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <location filename="../../clientsafe/ui/corrections_panel.py" line="44"/>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/corrections_panel.py" line="45"/>
        <source>Correct a detail…</source>
        <translation>更正信息…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/corrections_panel.py" line="53"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/corrections_panel.py" line="53"/>
        <source>Detail</source>
        <translation>信息项</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/corrections_panel.py" line="53"/>
        <source>Before</source>
        <translation>更正前</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/corrections_panel.py" line="53"/>
        <source>After</source>
        <translation>更正后</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/corrections_panel.py" line="54"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/corrections_panel.py" line="54"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/corrections_panel.py" line="54"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/corrections_panel.py" line="47"/>
        <source>No detail of this customer has been corrected.</source>
        <translation>该客户的信息尚未更正过。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/corrections_panel.py" line="49"/>
        <source>Old and new values are kept only masked, so a correction leaves nothing of the value it replaced.</source>
        <translation>旧值和新值都只以遮盖形式保存，因此更正后不会留下被替换值的任何内容。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/corrections_panel.py" line="107"/>
        <source>Corrected: {field}.</source>
        <translation>已更正：{field}。</translation>
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
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="33"/>
        <source>New custom field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="35"/>
        <source>A custom field is added to the catalog for every service to ask for. It is collected only where you approve a request for it. Labels appear in consent notices exactly as typed here, so write them as a customer would read them.</source>
        <translation>自定义字段会添加到字段目录中，供各项服务申请。只有在您批准相关申请的服务中才会收集该字段。标签会按此处输入的原样显示在告知书中，请用客户能看懂的方式书写。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="40"/>
        <source>e.g. Emergency contact</source>
        <translation>例如：紧急联系人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="52"/>
        <source>Encrypted field by field</source>
        <translation>逐字段加密</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="55"/>
        <source>Look-up index for exact searches</source>
        <translation>用于精确搜索的查找索引</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="57"/>
        <source>Label in &amp;English:</source>
        <translation>英文标签(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="58"/>
        <source>Label in &amp;Chinese:</source>
        <translation>中文标签(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="59"/>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="60"/>
        <source>C&amp;lass:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="61"/>
        <source>&amp;Checked as:</source>
        <translation>校验方式(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="62"/>
        <source>&amp;Masked as:</source>
        <translation>遮盖方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="63"/>
        <source>Storage:</source>
        <translation>存储：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="65"/>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="67"/>
        <source>An index lets staff find a customer by the exact value (as with phone numbers) without decrypting anything. Add it only if people will search by this field.</source>
        <translation>索引可让员工按精确值（例如电话号码）查找客户，无需解密任何内容。仅在有人会按此字段搜索时才添加。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="71"/>
        <source>Add to catalog</source>
        <translation>添加到字段目录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="82"/>
        <source>Sensitive fields are always encrypted with their own keys, shown masked until a manager approves a reveal, and need the customer&apos;s separate consent.</source>
        <translation>敏感字段始终使用各自的密钥加密，在经理批准查看之前以遮盖形式显示，并需要客户单独同意。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/custom_field_dialog.py" line="85"/>
        <source>Only sensitive fields are encrypted field by field; the whole vault is encrypted anyway.</source>
        <translation>只有敏感字段会逐字段加密；整个保险库本身也是加密的。</translation>
    </message>
</context>
<context>
    <name>CustomerRecordDialog</name>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="86"/>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="89"/>
        <source>Customer record</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="101"/>
        <source>Request access…</source>
        <translation>申请查看…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="103"/>
        <source>Ask a manager to let you see the masked fields for a few minutes</source>
        <translation>请经理允许您在几分钟内查看被遮盖的字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="105"/>
        <source>Show values</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="106"/>
        <source>Hide now</source>
        <translation>立即隐藏</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="107"/>
        <source>Check again</source>
        <translation>再次查看状态</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="108"/>
        <source>Approve here…</source>
        <translation>在此审批…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="110"/>
        <source>A manager nearby can approve the waiting request on this screen</source>
        <translation>附近的经理可以在此屏幕上审批等待中的申请</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="112"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="113"/>
        <source>Access report…</source>
        <translation>查阅报告…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="115"/>
        <source>Everything held about this customer, as PDF or JSON, for a request</source>
        <translation>该客户的全部信息，以 PDF 或 JSON 格式提供，用于答复请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="138"/>
        <source>Record</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="139"/>
        <source>Consent</source>
        <translation>同意情况</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="143"/>
        <source>Access history</source>
        <translation>访问记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="179"/>
        <source>{name} — customer record</source>
        <translation>{name} — 客户档案</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="181"/>
        <source>Assigned to {staff} · added {date}</source>
        <translation>负责人：{staff} · 添加于 {date}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="182"/>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="221"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="261"/>
        <source>Your request is waiting in the managers&apos; Approvals inbox; check again later.</source>
        <translation>您的申请正在经理的审批收件箱中等待；请稍后再查看。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="265"/>
        <source>{manager} denied your last request: {reason}</source>
        <translation>{manager} 拒绝了您最近的申请：{reason}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="268"/>
        <source>Your last access has ended; ask again if you need it.</source>
        <translation>您上次获得的查看权限已结束；如仍需要，请重新申请。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="279"/>
        <source>A manager approved access until {time}; each look lasts {n} s.</source>
        <translation>经理已批准查看，有效期至 {time}；每次显示 {n} 秒。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="282"/>
        <source>You approved this yourself, so it is flagged for review.</source>
        <translation>这是您自行批准的，因此已标记待复核。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_record_dialog.py" line="384"/>
        <source>The values are shown: hidden again in {n} s.</source>
        <translation>正在显示：{n} 秒后再次隐藏。</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../clientsafe/ui/customer_table_model.py" line="31"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_table_model.py" line="36"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_table_model.py" line="37"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_table_model.py" line="39"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customer_table_model.py" line="44"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="70"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="72"/>
        <source>Open the selected customer&apos;s record (Enter)</source>
        <translation>打开所选客户的档案（Enter）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="87"/>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="90"/>
        <source>Register a customer for a service: their details, then their consent</source>
        <translation>为某项服务登记客户：先填写资料，再征求同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="129"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="132"/>
        <source>Save the selected customers to a CSV file, with sensitive fields masked</source>
        <translation>将所选客户保存为 CSV 文件，敏感字段已遮盖</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="141"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="144"/>
        <source>Add customers from an Excel or CSV file, for one service</source>
        <translation>从 Excel 或 CSV 文件为某项服务添加客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="282"/>
        <source>1 customer assigned to you</source>
        <translation>由您负责的客户：1 位</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="284"/>
        <source>{n} customers assigned to you</source>
        <translation>由您负责的客户：{n} 位</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="286"/>
        <source>No customers are assigned to you yet.</source>
        <translation>目前还没有分配给您的客户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="289"/>
        <source>1 customer</source>
        <translation>共 1 位客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="289"/>
        <source>{n} customers</source>
        <translation>共 {n} 位客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="291"/>
        <source>There are no customers in this vault yet.</source>
        <translation>此保险库中还没有客户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="298"/>
        <source>No matches</source>
        <translation>无匹配结果</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="300"/>
        <source>1 of your customers matches</source>
        <translation>您的客户中有 1 位匹配</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="301"/>
        <source>{n} of your customers match</source>
        <translation>您的客户中有 {n} 位匹配</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="303"/>
        <source>1 customer matches</source>
        <translation>有 1 位客户匹配</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="304"/>
        <source>{n} customers match</source>
        <translation>有 {n} 位客户匹配</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="307"/>
        <source>No customer&apos;s name starts with this. To look up a phone number, ID number or e-mail address, type all of it.</source>
        <translation>没有客户的姓名以此开头。要查找电话号码、身份证号码或电子邮箱，请输入完整内容。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="310"/>
        <source>None of your customers has a name, pinyin or initials starting with this.</source>
        <translation>您的客户中没有姓名、拼音或首字母以此开头的客户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/customers_view.py" line="313"/>
        <source>No customer has a name, pinyin or initials starting with this.</source>
        <translation>没有姓名、拼音或首字母以此开头的客户。</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <location filename="../../clientsafe/ui/date_entry.py" line="90"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/date_entry.py" line="91"/>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/date_entry.py" line="92"/>
        <source>Pick the date in a calendar</source>
        <translation>在日历中选择日期</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../clientsafe/ui/decision_dialog.py" line="36"/>
        <source>Approve collecting a field</source>
        <translation>批准收集字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/decision_dialog.py" line="37"/>
        <source>Reject collecting a field</source>
        <translation>拒绝收集字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/decision_dialog.py" line="38"/>
        <source>Stop collecting a field</source>
        <translation>停止收集字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/decision_dialog.py" line="42"/>
        <source>Approve collecting {field} for {service}? It appears on the service&apos;s intake form at once, and the consent notice is published again with it.</source>
        <translation>批准为 {service} 收集{field}吗？该字段会立即出现在该服务的登记表上，告知书也会随之重新发布。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/decision_dialog.py" line="45"/>
        <source>Reject collecting {field} for {service}? {who} sees your reason and can ask again with a better one.</source>
        <translation>拒绝为 {service} 收集{field}吗？{who} 会看到您的原因，并可以提供更充分的理由后重新申请。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/decision_dialog.py" line="48"/>
        <source>Stop collecting {field} for {service}? It leaves the intake form and the notice is published again without it. Values already held stay until their retention ends.</source>
        <translation>停止为 {service} 收集{field}吗？该字段将从登记表中移除，告知书将重新发布且不再包含该字段。已保存的值会保留到保存期限结束。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/decision_dialog.py" line="59"/>
        <source>This is a sensitive field: it is encrypted and masked, and customers consent to it separately. Approve it only if the service cannot work without it.</source>
        <translation>这是敏感字段：它会被加密和遮盖，客户需对其单独表示同意。仅在该服务缺少此字段就无法进行时才批准。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/decision_dialog.py" line="66"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/decision_dialog.py" line="68"/>
        <source>Required, 3 to 500 characters; kept with the request and in the audit trail.</source>
        <translation>必填，3 到 500 个字符；会与申请一起保存，并记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/decision_dialog.py" line="70"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/decision_dialog.py" line="71"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/decision_dialog.py" line="72"/>
        <source>Stop collecting</source>
        <translation>停止收集</translation>
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
    <name>DestinationPage</name>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="54"/>
        <source>Back up the vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="56"/>
        <source>A backup is one encrypted file with everything in the vault. Keep it away from this computer, for example on a USB drive or another disk, so one accident cannot take both. Opening it needs this computer&apos;s keyring or the recovery key.</source>
        <translation>备份是一个加密文件，包含保险库中的全部内容。请将它存放在远离这台电脑的地方，例如 U 盘或另一块硬盘，以免一次意外同时损毁两者。打开备份需要这台电脑的系统密钥环或恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="62"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="66"/>
        <source>Folder for the backup:</source>
        <translation>备份存放文件夹：</translation>
    </message>
</context>
<context>
    <name>DestructionDialog</name>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="69"/>
        <source>Save the certificates in</source>
        <translation>将销毁证明保存到</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="105"/>
        <source>Destroy customer data</source>
        <translation>销毁客户数据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="110"/>
        <source>Destroy the data of 1 customer</source>
        <translation>销毁 1 位客户的数据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="111"/>
        <source>Destroy the data of {n} customers</source>
        <translation>销毁 {n} 位客户的数据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="113"/>
        <source>This cannot be undone. Everything held about these customers is deleted from the vault for good, and the vault file is rebuilt so no trace stays in it. What remains is a tombstone (customer id, dates, basis, your approval), the audit trail, which holds no values, and their payments&apos; dates and amounts for the accounts, with no name or description. Backups made before today still hold the data until they are deleted.</source>
        <translation>此操作无法撤销。这些客户的全部信息将从保险库中永久删除，并重建保险库文件，使其中不留任何痕迹。保留下来的只有销毁记录（客户 ID、日期、依据、您的批准）、不含任何数据值的审计日志，以及供账务使用的付款日期和金额（不含姓名和说明）。今天之前制作的备份在被删除之前仍含有这些数据。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="130"/>
        <source>Destroyed for each customer: {kinds}.</source>
        <translation>每位客户已销毁的内容：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="132"/>
        <source>Type your password to approve:</source>
        <translation>请输入您的密码以批准：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="147"/>
        <source>Destroy permanently</source>
        <translation>永久销毁</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="152"/>
        <source>Save certificates…</source>
        <translation>保存销毁证明…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="156"/>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="241"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="200"/>
        <source>Stop after this customer</source>
        <translation>处理完当前客户后停止</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="241"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="252"/>
        <source>Destroyed 1 of {total} customers.</source>
        <translation>已销毁 1 位客户（共 {total} 位）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="253"/>
        <source>Destroyed {n} of {total} customers.</source>
        <translation>已销毁 {n} 位客户（共 {total} 位）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="256"/>
        <source>The vault file could not be rebuilt yet (another program was reading it); it will be at the next destruction.</source>
        <translation>暂时无法重建保险库文件（另一个程序正在读取它）；将在下次销毁时重建。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="260"/>
        <source>Save the destruction certificates for your records.</source>
        <translation>请保存销毁证明以备存档。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="274"/>
        <source>The certificates could not be saved in {path}: {problem}</source>
        <translation>无法将销毁证明保存到 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="279"/>
        <source>Saved {n} certificates in {path}.</source>
        <translation>已将 {n} 份销毁证明保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/destruction_dialog.py" line="286"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="92"/>
        <source>Backup made and verified</source>
        <translation>备份已完成并通过核验</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="96"/>
        <source>Show the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="374"/>
        <source>Import stopped</source>
        <translation>导入已停止</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="374"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="378"/>
        <source>Customers imported: {ok}
Skipped, already in the vault or repeated in the file: {dup}
Left out because of a problem: {bad}
Rows read: {rows}</source>
        <translation>已导入的客户：{ok}
已跳过（保险库中已有或文件中重复）：{dup}
因问题未导入：{bad}
已读取行数：{rows}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="384"/>
        <source>The imported customers are assigned to you. Their consent is unknown: when each comes in, open their record and ask them to agree to the notice.</source>
        <translation>导入的客户已分配给您。他们是否同意尚不清楚：每位客户来店时，请打开其档案，请对方阅读并告知书。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="387"/>
        <source>Nothing was imported. You can start the import again at any time.</source>
        <translation>未导入任何内容。您可以随时重新开始导入。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="256"/>
        <source>The vault was restored</source>
        <translation>保险库已恢复</translation>
    </message>
</context>
<context>
    <name>DrillLogModel</name>
    <message>
        <location filename="../../clientsafe/ui/drill_log_model.py" line="27"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_log_model.py" line="27"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_log_model.py" line="27"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_log_model.py" line="27"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_log_model.py" line="28"/>
        <source>Duration</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_log_model.py" line="71"/>
        <source>✔ Passed</source>
        <translation>✔ 通过</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_log_model.py" line="71"/>
        <source>✖ Failed</source>
        <translation>✖ 失败</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_log_model.py" line="76"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_log_model.py" line="76"/>
        <source>Failed: {detail}</source>
        <translation>失败：{detail}</translation>
    </message>
</context>
<context>
    <name>DrillView</name>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="58"/>
        <source>A drill restores a backup into a scratch folder (never over this vault), checks it fully and times it, so you know the backups can really be restored. Run one at least once a month, and keep the report with your records.</source>
        <translation>恢复演练会把备份恢复到一个临时文件夹（绝不会覆盖此保险库），进行全面检查并计时，让您确认备份确实能够恢复。请至少每月演练一次，并将报告与您的档案一起保存。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="64"/>
        <source>Choose a backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="66"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="70"/>
        <source>Test a restore</source>
        <translation>测试恢复</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="74"/>
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="106"/>
        <source>Save report (PDF)…</source>
        <translation>保存报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="108"/>
        <source>Print report…</source>
        <translation>打印报告…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="122"/>
        <source>Drill log:</source>
        <translation>演练记录：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="143"/>
        <source>The newest backup in the automatic folder, made {when}.</source>
        <translation>自动备份文件夹中最新的备份，创建于 {when}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="149"/>
        <source>Choose the backup to test</source>
        <translation>选择要测试的备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="150"/>
        <source>ClientSafe backups (*{suffix})</source>
        <translation>ClientSafe 备份 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="164"/>
        <source>Testing a restore of {file}…</source>
        <translation>正在测试恢复 {file}…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="169"/>
        <source>Testing a restore…</source>
        <translation>正在测试恢复…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="179"/>
        <source>✔ Passed in {duration}: the backup of {when} was restored into a scratch folder and checked in full.</source>
        <translation>✔ 通过，用时 {duration}：{when} 的备份已恢复到临时文件夹，并通过全面检查。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="186"/>
        <source>✖ Failed after {duration}: {detail} Use another backup, and make a new one now.</source>
        <translation>✖ 失败，用时 {duration}：{detail} 请改用其他备份，并立即创建新的备份。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="237"/>
        <source>Save the drill report</source>
        <translation>保存演练报告</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="239"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="249"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="262"/>
        <source>Print the drill report</source>
        <translation>打印演练报告</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/drill_view.py" line="265"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>DueQueue</name>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="35"/>
        <source>No service (default period)</source>
        <translation>无服务（默认期限）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="38"/>
        <source>{service}: {months} months after the last visit ({day})</source>
        <translation>{service}：最近一次到访（{day}）后 {months} 个月</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="41"/>
        <source>{service}: {months} months after the relationship ends (still going on)</source>
        <translation>{service}：客户关系结束后 {months} 个月（关系仍在持续）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="44"/>
        <source>{service}: {months} months after the relationship ended ({day})</source>
        <translation>{service}：客户关系结束（{day}）后 {months} 个月</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="51"/>
        <source>Deletion request #{id} received {day}</source>
        <translation>删除请求 #{id}，收到于 {day}</translation>
    </message>
</context>
<context>
    <name>DueQueueModel</name>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="116"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="117"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="118"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="119"/>
        <source>Due since</source>
        <translation>待销毁起始日</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="120"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ExactLookup</name>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="89"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="70"/>
        <source>Search by name, pinyin or initials — or a whole phone, ID number or e-mail</source>
        <translation>按姓名、拼音或首字母搜索——或输入完整的手机号、身份证号或电子邮箱</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="74"/>
        <source>A name as it starts (张, Emily), its pinyin (zhangwei) or initials (zw) narrows the list. The whole phone number (e.g. 13812345678 or +86 138 1234 5678), the 18-character ID number or the e-mail address finds that customer, even one assigned to someone else. Esc clears.</source>
        <translation>输入姓名开头（张、Emily）、拼音（zhangwei）或首字母（zw）可缩小列表范围。输入完整的手机号（例如 13812345678 或 +86 138 1234 5678）、18 位身份证号或电子邮箱地址，可直接找到该客户，即使其由他人负责。按 Esc 清除。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="154"/>
        <source>Type a name, or a whole phone number, ID number or e-mail address.</source>
        <translation>请输入姓名，或完整的手机号、身份证号或电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="182"/>
        <source>No customer has this phone, ID number or e-mail.</source>
        <translation>没有客户使用此电话、身份证号码或电子邮箱。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="192"/>
        <source>Existing customer: {name}. Their record is open.</source>
        <translation>已有客户：{name}。已打开其记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="194"/>
        <source>Existing customer: {name}. Press Enter to open their record.</source>
        <translation>已有客户：{name}。按 Enter 打开其档案。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="196"/>
        <source>Existing customer: {name}.</source>
        <translation>已有客户：{name}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="206"/>
        <source>Existing customers: {names}. The first record is open.</source>
        <translation>已有客户：{names}。已打开第一条记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="208"/>
        <source>Existing customers: {names}. Press Enter to open the first.</source>
        <translation>已有客户：{names}。按 Enter 打开第一位。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="210"/>
        <source>Existing customers: {names}.</source>
        <translation>已有客户：{names}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="215"/>
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
        <location filename="../../clientsafe/ui/export_dialog.py" line="121"/>
        <source>Nothing was exported: no manager approved the export.</source>
        <translation>未导出任何内容：没有经理批准此次导出。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_dialog.py" line="135"/>
        <source>Exporting 1 customer…</source>
        <translation>正在导出 1 位客户…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_dialog.py" line="135"/>
        <source>Exporting {n} customers…</source>
        <translation>正在导出 {n} 位客户…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_dialog.py" line="148"/>
        <source>Exported 1 customer to {file}.</source>
        <translation>已将 1 位客户导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_dialog.py" line="149"/>
        <source>Exported {n} customers to {file}.</source>
        <translation>已将 {n} 位客户导出到 {file}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_dialog.py" line="155"/>
        <source>1 customer was left out: no active consent for service delivery.</source>
        <translation>有 1 位客户未包含在内：没有提供服务的有效同意。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/export_dialog.py" line="156"/>
        <source>{n} customers were left out: no active consent for service delivery.</source>
        <translation>有 {n} 位客户未包含在内：没有提供服务的有效同意。</translation>
    </message>
</context>
<context>
    <name>FieldRequestDialog</name>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="27"/>
        <source>Basic information: front desk and managers see it; finance sees it too.</source>
        <translation>基本信息：前台和经理可见；财务也可见。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="30"/>
        <source>Contact information: front desk and managers see it; finance does not.</source>
        <translation>联系信息：前台和经理可见；财务不可见。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="33"/>
        <source>Sensitive information: stored encrypted, shown masked until a manager approves a reveal, and customers give a separate, explicit consent for it. Ask only if the service cannot do without it.</source>
        <translation>敏感信息：加密保存，在经理批准查看之前以遮盖形式显示，且客户需为此单独明确同意。仅在服务确实离不开时才申请。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="56"/>
        <source>Ask to collect a field</source>
        <translation>申请收集字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="58"/>
        <source>Collect only what {service} needs. Say why in plain words: the security officer decides on it, and once approved both sentences appear in the consent notice customers sign.</source>
        <translation>只收集{service}所需的信息。请用通俗的话说明原因：由安全主管决定是否批准，批准后这两句话会出现在客户签署的告知书中。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="65"/>
        <source>{label} ({cls})</source>
        <translation>{label}（{cls}）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="70"/>
        <source>Required: a customer cannot use the service without giving it</source>
        <translation>必填：客户不提供则无法使用该服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="74"/>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="77"/>
        <source>What is it &amp;used for?</source>
        <translation>用途是什么(&amp;U)？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="79"/>
        <source>Finishes the notice&apos;s sentence “used to …”, 10 to 500 characters, e.g. “send booking confirmations and renewal reminders”.</source>
        <translation>补全告知书中“用于……”这句话，10 到 500 个字符，例如“发送预约确认和续费提醒”。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="81"/>
        <source>What happens &amp;without it?</source>
        <translation>不提供会怎样(&amp;W)？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="83"/>
        <source>Finishes “Without it: …”, e.g. “we cannot confirm bookings” or “you can only buy monthly passes”.</source>
        <translation>补全“如不提供：……”这句话，例如“我们无法确认预约”或“您只能购买月卡”。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="85"/>
        <source>Send for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/field_request_dialog.py" line="90"/>
        <source>Every field in the catalog is already collected or waiting for approval for this service. The security officer can add a custom field to the catalog.</source>
        <translation>目录中的所有字段都已为此服务收集或正在等待审批。安全主管可以向目录添加自定义字段。</translation>
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
    <name>FilePage</name>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="127"/>
        <source>Import customers from a spreadsheet</source>
        <translation>从电子表格导入客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="129"/>
        <source>Choose an Excel workbook (.xlsx) or a CSV file whose first row names the columns, for example Name, Phone, E-mail or 姓名, 手机, 邮箱. Only the first sheet of a workbook is read. The file is read where it is; nothing is copied.</source>
        <translation>请选择第一行为列名的 Excel 工作簿（.xlsx）或 CSV 文件，例如 Name、Phone、E-mail 或 姓名、手机、邮箱。工作簿只读取第一个工作表。文件在原位置读取，不会复制任何内容。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="135"/>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="136"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="153"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="155"/>
        <source>{n} columns found: {names}</source>
        <translation>找到 {n} 列：{names}</translation>
    </message>
</context>
<context>
    <name>GuardianSection</name>
    <message>
        <location filename="../../clientsafe/ui/guardian_section.py" line="95"/>
        <source>Parent or guardian</source>
        <translation>家长或监护人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/guardian_section.py" line="97"/>
        <source>The customer is under 14, so a parent or guardian must also agree and sign.</source>
        <translation>该客户未满 14 周岁，因此还须由其家长或监护人同意并签字。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/guardian_section.py" line="98"/>
        <source>Guardian&apos;s &amp;name</source>
        <translation>监护人姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/guardian_section.py" line="99"/>
        <source>&amp;Relationship</source>
        <translation>关系(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/guardian_section.py" line="100"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/guardian_section.py" line="100"/>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/guardian_section.py" line="101"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/guardian_section.py" line="110"/>
        <source>Choose or type</source>
        <translation>请选择或输入</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/guardian_section.py" line="111"/>
        <source>Guardian&apos;s name</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/guardian_section.py" line="112"/>
        <source>Relationship to the customer</source>
        <translation>与客户的关系</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/guardian_section.py" line="113"/>
        <source>Guardian&apos;s signature</source>
        <translation>监护人签名</translation>
    </message>
</context>
<context>
    <name>HeldModel</name>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="134"/>
        <source>Customer</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="135"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="136"/>
        <source>On hold since</source>
        <translation>保全开始时间</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="137"/>
        <source>Placed by</source>
        <translation>设置人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="138"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="139"/>
        <source>Due without the hold</source>
        <translation>若无保全是否待销毁</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="152"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="153"/>
        <source>Yes, since {day}: {basis}</source>
        <translation>是，自 {day} 起：{basis}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="46"/>
        <source>Choose the customer list</source>
        <translation>选择客户名单</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="48"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="54"/>
        <source>Save the rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="55"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="65"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="134"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="124"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="94"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="118"/>
        <source>Check rows &gt;</source>
        <translation>检查各行 &gt;</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="121"/>
        <source>Import 1 customer</source>
        <translation>导入 1 位客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="122"/>
        <source>Import {n} customers</source>
        <translation>导入 {n} 位客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="133"/>
        <source>Stop import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="244"/>
        <source>You stopped the import.</source>
        <translation>您已停止导入。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="261"/>
        <source>rejected rows {date}.csv</source>
        <translation>被拒绝的行 {date}.csv</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="268"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="268"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="268"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_wizard.py" line="272"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="79"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="89"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="90"/>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="372"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="91"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="92"/>
        <source>Continue to consent…</source>
        <translation>继续进行同意确认…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="95"/>
        <source>Register another customer</source>
        <translation>登记另一位客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="120"/>
        <source>Which service is the customer registering for?</source>
        <translation>客户要登记哪项服务？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="122"/>
        <source>The form then asks only for what that service needs, and the customer&apos;s consent covers that service.</source>
        <translation>表单随后只会询问该服务所需的信息，客户的同意也仅涵盖该服务。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="131"/>
        <source>No services are offered yet. A manager defines them under Services.</source>
        <translation>目前还没有提供任何服务。经理可在“服务”中设置。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="145"/>
        <source>Ask only for what is on this form. Fields marked * are required.</source>
        <translation>只询问此表单上的内容。标有 * 的字段为必填项。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="159"/>
        <source>Customer saved</source>
        <translation>客户已保存</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="164"/>
        <source>Give the customer a copy of what they signed: save the consent as a PDF, then open it to print.</source>
        <translation>请给客户一份其所签内容的副本：将同意书另存为 PDF，然后打开并打印。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="234"/>
        <source>New customer: {service}</source>
        <translation>新客户：{service}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="271"/>
        <source>This service has no consent notice yet, so nobody can be registered for it; ask a manager to check the service.</source>
        <translation>此服务还没有告知书，因此无法为其登记任何人；请经理检查此服务。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="297"/>
        <source>The consent dialog was closed; nothing was stored. Continue when the customer is ready, or cancel.</source>
        <translation>同意确认窗口已关闭，未保存任何内容。请在客户准备好后继续，或取消。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="306"/>
        <source>Nothing was stored; press “Continue to consent” to show it again.</source>
        <translation>未保存任何内容；请按“继续进行同意确认”重新显示。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="316"/>
        <source>{name} is registered for {service}, with their consent recorded.</source>
        <translation>{name} 已登记{service}，其同意已记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="339"/>
        <source>The customer declined. Nothing was stored, and the form has been cleared.</source>
        <translation>客户拒绝了。未保存任何内容，表单已清空。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_dialog.py" line="372"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>IntakeFormWidget</name>
    <message>
        <location filename="../../clientsafe/ui/intake_form.py" line="94"/>
        <source>Used to {use}. Without it: {without}.</source>
        <translation>用于{use}。如不提供：{without}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_form.py" line="121"/>
        <source>Street and number, district, city</source>
        <translation>城市、区、街道及门牌号</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_form.py" line="129"/>
        <source>e.g. 138 0013 8000; a foreign number with +</source>
        <translation>例如 138 0013 8000；外国号码请以 + 开头</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_form.py" line="130"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_form.py" line="131"/>
        <source>18 characters: 17 digits and a digit or X</source>
        <translation>18 位：17 位数字加 1 位数字或 X</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/intake_form.py" line="199"/>
        <source>Enter the {field}; it is required.</source>
        <translation>请填写{field}，此项为必填。</translation>
    </message>
</context>
<context>
    <name>KeysView</name>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="49"/>
        <source>Encryption keys</source>
        <translation>加密密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="51"/>
        <source>Sensitive customer details, such as ID numbers and bank accounts, are stored encrypted with a field key, and the whole vault file with a vault key. Replacing a key from time to time, or when someone who had access leaves, limits what an old copy of a key could still open.</source>
        <translation>敏感的客户信息（如身份证号和银行账户）使用字段密钥加密保存，整个保险库文件则使用保险库密钥加密。定期更换密钥，或在有权访问的人员离职时更换密钥，可以限制旧密钥副本仍能打开的内容。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="62"/>
        <source>Field key in use:</source>
        <translation>当前字段密钥：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="63"/>
        <source>Encrypted values:</source>
        <translation>已加密的数据项：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="67"/>
        <source>Continue rotation</source>
        <translation>继续轮换</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="74"/>
        <source>Field key</source>
        <translation>字段密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="77"/>
        <source>Makes a new field key, encrypts every stored value again with it, then deletes the old key. Other work waits until it is done. It can be stopped and continued later; nothing is lost.</source>
        <translation>生成新的字段密钥，用它重新加密所有已保存的数据，然后删除旧密钥。完成之前，其他操作需要等待。可以中途停止、以后继续，不会丢失任何数据。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="80"/>
        <source>Rotate field key…</source>
        <translation>轮换字段密钥…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="85"/>
        <source>Vault key and recovery key</source>
        <translation>保险库密钥和恢复密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="88"/>
        <source>Replaces the key that opens the vault file and the recovery key printed on your Recovery Kit. You will get a new Recovery Kit to save and print. Backups made before keep their old recovery key.</source>
        <translation>更换用于打开保险库文件的密钥，以及恢复工具包上印的恢复密钥。您将获得新的恢复工具包，请保存并打印。之前创建的备份仍使用原来的恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="91"/>
        <source>Replace vault key and recovery key…</source>
        <translation>更换保险库密钥和恢复密钥…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="132"/>
        <source>version {n}</source>
        <translation>版本 {n}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="137"/>
        <source>An earlier key rotation was stopped: {n} values are still under the old key. Both keys are kept until it is finished.</source>
        <translation>之前的一次密钥轮换已停止：仍有 {n} 项数据使用旧密钥。在轮换完成之前，两个密钥都会保留。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="152"/>
        <source>Finish the stopped key rotation first.</source>
        <translation>请先完成已停止的密钥轮换。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="166"/>
        <source>Rotate the field key?</source>
        <translation>要轮换字段密钥吗？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="167"/>
        <source>ClientSafe will make a new field key, encrypt all {n} stored values again with it, and then delete the old key. Other work waits until it is done. You can stop it and continue later.</source>
        <translation>ClientSafe 将生成新的字段密钥，用它重新加密全部 {n} 项已保存的数据，然后删除旧密钥。完成之前，其他操作需要等待。您可以中途停止，以后再继续。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="170"/>
        <source>Rotate field key</source>
        <translation>轮换字段密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="171"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="189"/>
        <source>Encrypting the values again with the new key…</source>
        <translation>正在用新密钥重新加密数据…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="204"/>
        <source>v{version}: {n} values re-encrypted, old key deleted.</source>
        <translation>v{version}：已重新加密 {n} 项数据，旧密钥已删除。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="206"/>
        <source>v{version}: {n} values re-encrypted.</source>
        <translation>v{version}：已重新加密 {n} 项数据。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="209"/>
        <source>The stopped rotation is finished. {result}</source>
        <translation>已停止的轮换现已完成。{result}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="215"/>
        <source>Stopped. Nothing is lost: the values done so far keep the new key, and the rotation can be continued at any time.</source>
        <translation>已停止。不会丢失任何数据：已处理的数据保留新密钥，轮换可随时继续。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/keys_view.py" line="231"/>
        <source>The vault key and recovery key were replaced. The old recovery key opens only backups made before today.</source>
        <translation>保险库密钥和恢复密钥已更换。旧的恢复密钥只能打开今天之前创建的备份。</translation>
    </message>
</context>
<context>
    <name>LifecycleReminders</name>
    <message>
        <location filename="../../clientsafe/ui/lifecycle_reminders.py" line="119"/>
        <source>Click to open Rights requests.</source>
        <translation>点击打开“权利请求”。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lifecycle_reminders.py" line="121"/>
        <source>⚠ 1 rights request overdue</source>
        <translation>⚠ 1 个权利请求已逾期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lifecycle_reminders.py" line="122"/>
        <source>⚠ {n} rights requests overdue</source>
        <translation>⚠ {n} 个权利请求已逾期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lifecycle_reminders.py" line="125"/>
        <source>1 rights request due within {days} days</source>
        <translation>1 个权利请求将在 {days} 天内到期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lifecycle_reminders.py" line="127"/>
        <source>{n} rights requests due within {days} days</source>
        <translation>{n} 个权利请求将在 {days} 天内到期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lifecycle_reminders.py" line="145"/>
        <source>1 customer due for destruction</source>
        <translation>1 位客户待销毁</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lifecycle_reminders.py" line="146"/>
        <source>{n} customers due for destruction</source>
        <translation>{n} 位客户待销毁</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/lifecycle_reminders.py" line="147"/>
        <source>Click to open Retention.</source>
        <translation>点击打开“保存期限”。</translation>
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
        <location filename="../../clientsafe/ui/areas.py" line="69"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="76"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="83"/>
        <source>Rights requests</source>
        <translation>权利请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="90"/>
        <source>Marketing list</source>
        <translation>营销名单</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="97"/>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="104"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="111"/>
        <source>Vault health</source>
        <translation>保险库状态</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="118"/>
        <source>Encryption keys</source>
        <translation>加密密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="125"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="132"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="139"/>
        <source>Collection requests</source>
        <translation>收集申请</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="146"/>
        <source>Field catalog</source>
        <translation>字段目录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="153"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="160"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/areas.py" line="167"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="121"/>
        <source>ClientSafe — {business}</source>
        <translation>ClientSafe — {business}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="123"/>
        <source>{title} — DEMO</source>
        <translation>{title} — DEMO</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="125"/>
        <source>{title} — Locked</source>
        <translation>{title} — 已锁定</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="132"/>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="136"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="140"/>
        <source>Hide your work until you type your password again (Ctrl+L)</source>
        <translation>隐藏工作内容，直到您再次输入密码 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="145"/>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="149"/>
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="154"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="162"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="177"/>
        <source>This is a demo vault with made-up sample data; do not enter real data.</source>
        <translation>这是一个使用虚构示例数据的演示保险库，请勿输入真实数据。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="199"/>
        <source>Your role has no areas in this version of ClientSafe.</source>
        <translation>在此版本的 ClientSafe 中，您的角色没有可用的功能。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="221"/>
        <source>Signed in as {name} ({username}) · {role}</source>
        <translation>当前登录：{name}（{username}）· {role}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="346"/>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/main_window.py" line="411"/>
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
    <name>ManifestForm</name>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="87"/>
        <source>Business:</source>
        <translation>商户：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="88"/>
        <source>Made:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="89"/>
        <source>Made by:</source>
        <translation>创建人：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="90"/>
        <source>Customers:</source>
        <translation>客户数：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="91"/>
        <source>Audit entries:</source>
        <translation>审计记录数：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="92"/>
        <source>Audit chain head:</source>
        <translation>审计链最新哈希：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="93"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="94"/>
        <source>Schema / app version:</source>
        <translation>数据结构版本 / 应用版本：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_text.py" line="95"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="220"/>
        <source>Match the columns to fields</source>
        <translation>将列与字段对应</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="222"/>
        <source>For each column of the file, choose the field it holds, or (ignore) to leave it out. Columns whose heading names a field were matched already.</source>
        <translation>请为文件中的每一列选择其对应的字段，或选择“（忽略）”将其排除。标题与字段名称一致的列已自动对应。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="248"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="249"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="258"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
</context>
<context>
    <name>MarketingView</name>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="62"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="63"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="64"/>
        <source>Save the marketing list</source>
        <translation>保存营销名单</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="89"/>
        <location filename="../../clientsafe/ui/marketing_view.py" line="238"/>
        <source>Marketing list</source>
        <translation>营销名单</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="91"/>
        <source>A marketing list holds only customers who agree to marketing today. A customer who withdraws is left out of the very next list, so make a new list for each campaign rather than keeping an old one.</source>
        <translation>营销名单只包含今天同意接收营销信息的客户。客户一旦撤回同意，下一份名单中就不会再有他。因此，每次营销活动都请新建一份名单，不要沿用旧名单。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="99"/>
        <source>&amp;Customers who agreed for:</source>
        <translation>客户同意营销的服务(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="103"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="116"/>
        <source>The list holds each customer&apos;s name, phone and e-mail, nothing else. It names you and the time it was made on every page, and it is recorded in the audit trail.</source>
        <translation>名单只包含每位客户的姓名、电话和电子邮箱，不含其他信息。每一页都会注明制作人和制作时间，并会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="122"/>
        <source>Save CSV…</source>
        <translation>保存 CSV…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="126"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="128"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="164"/>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="201"/>
        <source>any service</source>
        <translation>任一服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="204"/>
        <source>No customer agrees to marketing for {service} today.</source>
        <translation>今天没有客户同意接收{service}的营销信息。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="206"/>
        <source>1 customer agrees to marketing for {service} today.</source>
        <translation>今天有 1 位客户同意接收{service}的营销信息。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="208"/>
        <source>{n} customers agree to marketing for {service} today.</source>
        <translation>今天有 {n} 位客户同意接收{service}的营销信息。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="240"/>
        <source>Printing was cancelled; no list was made.</source>
        <translation>已取消打印；未生成名单。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="268"/>
        <source>No list was made: no manager approved it.</source>
        <translation>未生成名单：没有经理批准。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="288"/>
        <source>Making the marketing list…</source>
        <translation>正在生成营销名单…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="304"/>
        <source>Sent the marketing list of {n} customers to the printer.</source>
        <translation>已将包含 {n} 位客户的营销名单发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="307"/>
        <source>The printer did not take the marketing list; check that it is on and ready, then print again.</source>
        <translation>打印机未接收该营销名单；请检查打印机已开启并就绪，然后重新打印。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="311"/>
        <source>Saved the marketing list of {n} customers to {file}.</source>
        <translation>已将包含 {n} 位客户的营销名单保存到 {file}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/marketing_view.py" line="318"/>
        <source>Cancelled: no list was saved or printed, and none was recorded.</source>
        <translation>已取消：未保存或打印任何名单，也未留下记录。</translation>
    </message>
</context>
<context>
    <name>NewDetailsDialog</name>
    <message>
        <location filename="../../clientsafe/ui/new_details_dialog.py" line="29"/>
        <location filename="../../clientsafe/ui/new_details_dialog.py" line="32"/>
        <source>New details for {service}</source>
        <translation>{service} 的新增资料</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/new_details_dialog.py" line="35"/>
        <source>The notice {customer} is about to read lists these details, and none of them is held for this customer yet. Fill in the required ones (*), and the others only if the customer wants to give them. They are saved only if the customer agrees to the notice.</source>
        <translation>{customer} 即将阅读的告知书列出了以下资料，而我们尚未保存该客户的这些资料。请填写必填项（*），其他各项仅在客户愿意提供时填写。只有客户同意告知书后，这些资料才会被保存。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/new_details_dialog.py" line="48"/>
        <source>Continue to consent</source>
        <translation>继续办理同意</translation>
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
    <name>NoticePreviewDialog</name>
    <message>
        <location filename="../../clientsafe/ui/notice_preview_dialog.py" line="32"/>
        <source>Consent notice — {service}</source>
        <translation>告知书 — {service}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/notice_preview_dialog.py" line="35"/>
        <source>Consent notice for {service}</source>
        <translation>{service}的告知书</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/notice_preview_dialog.py" line="39"/>
        <source>Version {n}, published {when}. This is the text customers see and sign; it changes only through the service&apos;s details and its approved fields.</source>
        <translation>版本 {n}，发布于 {when}。这是客户看到并签署的文本；只能通过修改服务详情及其已批准的字段来更改。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/notice_preview_dialog.py" line="42"/>
        <source>This service has no notice yet.</source>
        <translation>此服务还没有告知书。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/notice_preview_dialog.py" line="60"/>
        <source>SHA-256 of this text:</source>
        <translation>此文本的 SHA-256：</translation>
    </message>
</context>
<context>
    <name>OfficerFields</name>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="203"/>
        <source>Then a security officer signs in with the user name and password they had when this backup was made.</source>
        <translation>然后，请一位安全主管使用制作此备份时的用户名和密码登录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="214"/>
        <source>Security officer&apos;s user name:</source>
        <translation>安全主管的用户名：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="215"/>
        <source>Password:</source>
        <translation>密码：</translation>
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
    <name>PaperScanPanel</name>
    <message>
        <location filename="../../clientsafe/ui/paper_scan.py" line="57"/>
        <source>Attach scan or photo</source>
        <translation>附加扫描件或照片</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/paper_scan.py" line="58"/>
        <source>Scans and photos (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>扫描件和照片 (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/paper_scan.py" line="66"/>
        <source>The file is larger than 10 MB; attach a smaller scan or photo.</source>
        <translation>文件大于 10 MB，请附加较小的扫描件或照片。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/paper_scan.py" line="69"/>
        <source>Choose a PNG, JPEG or PDF file.</source>
        <translation>请选择 PNG、JPEG 或 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/paper_scan.py" line="78"/>
        <source>The file is not a PNG, JPEG or PDF; choose another one.</source>
        <translation>该文件不是 PNG、JPEG 或 PDF 文件，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/paper_scan.py" line="80"/>
        <source>The file could not be read; choose another one.</source>
        <translation>无法读取该文件，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/paper_scan.py" line="98"/>
        <source>No scan attached (optional).</source>
        <translation>未附加扫描件（可选）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/paper_scan.py" line="108"/>
        <source>Keep the signed paper form. A scan or photo of it can be attached.</source>
        <translation>请保留已签字的纸质表格。可以附加其扫描件或照片。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/paper_scan.py" line="109"/>
        <source>Attach scan or photo…</source>
        <translation>附加扫描件或照片…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/paper_scan.py" line="110"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/paper_scan.py" line="111"/>
        <source>Remove the attached scan</source>
        <translation>移除已附加的扫描件</translation>
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
        <location filename="../../clientsafe/ui/startup_controller.py" line="49"/>
        <source>ClientSafe — DEMO</source>
        <translation>ClientSafe — DEMO</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/startup_controller.py" line="51"/>
        <source>Preparing the demo vault…</source>
        <translation>正在准备演示保险库…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="136"/>
        <source>What the backup holds</source>
        <translation>备份包含的内容</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <location filename="../../clientsafe/ui/recipient_dialog.py" line="21"/>
        <source>Add a third party</source>
        <translation>添加第三方</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recipient_dialog.py" line="23"/>
        <source>Name the organisation {service} shares customer data with. Each customer decides separately whether to allow it; sharing is off unless they tick it.</source>
        <translation>请填写{service}与之共享客户数据的机构名称。每位客户单独决定是否允许；除非客户勾选，否则不会共享。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recipient_dialog.py" line="30"/>
        <source>&amp;Organisation:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recipient_dialog.py" line="31"/>
        <source>&amp;Receives it to:</source>
        <translation>接收目的(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recipient_dialog.py" line="33"/>
        <source>Finishes the notice&apos;s sentence “with …, to …”, e.g. “cover injuries during training sessions”.</source>
        <translation>补全告知书中“与……共享，用于……”这句话，例如“承保训练课程中的受伤”。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/recipient_dialog.py" line="35"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>RecordPanels</name>
    <message>
        <location filename="../../clientsafe/ui/record_panels.py" line="36"/>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/record_panels.py" line="39"/>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/record_panels.py" line="43"/>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/record_panels.py" line="46"/>
        <source>Retention</source>
        <translation>保存期限</translation>
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
    <name>RejectionModel</name>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="90"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="90"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="90"/>
        <source>Reason</source>
        <translation>原因</translation>
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
    <name>RestoreWizard</name>
    <message>
        <location filename="../../clientsafe/ui/restore_wizard.py" line="63"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_wizard.py" line="137"/>
        <source>Unlock and check</source>
        <translation>解锁并检查</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_wizard.py" line="138"/>
        <source>Restore now</source>
        <translation>立即恢复</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_wizard.py" line="149"/>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_wizard.py" line="157"/>
        <source>this computer&apos;s keyring</source>
        <translation>这台电脑的系统密钥环</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_wizard.py" line="158"/>
        <source>the recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_wizard.py" line="160"/>
        <source>✔ Checked: the file is authentic and complete, and the copy inside opens with intact storage, an intact audit trail and the counts of its manifest. Opened with {key}.</source>
        <translation>✔ 已检查：文件真实完整，其中的副本可以正常打开，存储完好，审计日志完好，各项数量与清单一致。已使用{key}打开。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_wizard.py" line="164"/>
        <source>Restoring puts the vault back to how it was on {when}. Whatever was entered after that is not in this backup.</source>
        <translation>恢复后，保险库将回到 {when} 时的状态。此后录入的内容不在此备份中。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_wizard.py" line="172"/>
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_wizard.py" line="173"/>
        <source>ClientSafe backups (*{suffix})</source>
        <translation>ClientSafe 备份 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_wizard.py" line="258"/>
        <source>✔ The backup of {when} is now the vault, and the restore is recorded in its audit trail. Sign in again to continue.</source>
        <translation>✔ {when} 的备份现已成为当前保险库，此次恢复已记录在其审计日志中。请重新登录以继续。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_wizard.py" line="262"/>
        <source>There is no usable keyring on this computer, so the vault is open for this session only; the next start needs the recovery key again.</source>
        <translation>这台电脑上没有可用的系统密钥环，因此保险库仅在本次会话中打开；下次启动时需要再次输入恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_wizard.py" line="265"/>
        <source>The vault as it was before is kept at {path}.</source>
        <translation>恢复前的保险库已保存在 {path}。</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="121"/>
        <source>Data is destroyed once every service&apos;s period has ended (the latest date counts). A legal hold keeps everything until it is released.</source>
        <translation>所有服务的保存期限都结束后，数据才会被销毁（以最晚的日期为准）。设置法律保全后，所有数据都会保留，直到保全解除。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="128"/>
        <source>How long this customer&apos;s data is kept</source>
        <translation>此客户数据的保存期限</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="157"/>
        <source>On legal hold since {when}, placed by {who}: {why}</source>
        <translation>自 {when} 起处于法律保全，由 {who} 设置：{why}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="162"/>
        <source>Due for destruction since {day}.</source>
        <translation>自 {day} 起待销毁。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="164"/>
        <source>Kept until {day}.</source>
        <translation>保存至 {day}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="166"/>
        <source>Kept while the relationship lasts: no end date yet.</source>
        <translation>客户关系持续期间一直保存：尚无结束日期。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="174"/>
        <source>Release hold…</source>
        <translation>解除保全…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="175"/>
        <source>Place legal hold…</source>
        <translation>设置法律保全…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="183"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="183"/>
        <source>Kept for</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="183"/>
        <source>Counted from</source>
        <translation>起算依据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="184"/>
        <source>Start</source>
        <translation>起算日期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="184"/>
        <source>Due on</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="190"/>
        <source>No service (the business&apos;s default)</source>
        <translation>无服务（商户默认规则）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="191"/>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="193"/>
        <source>not yet</source>
        <translation>尚未起算</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="194"/>
        <source>no date yet</source>
        <translation>尚无日期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="202"/>
        <source>Change end…</source>
        <translation>修改结束日期…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="203"/>
        <source>End relationship…</source>
        <translation>结束客户关系…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="238"/>
        <source>Type the day as YYYY-MM-DD, or pick it in the calendar.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期，或在日历中选择。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="248"/>
        <source>End relationship</source>
        <translation>结束客户关系</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="249"/>
        <source>When did the customer stop using {service}? The service&apos;s retention period runs from that day.</source>
        <translation>客户是哪天停止使用{service}的？该服务的保存期限从这一天起算。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="251"/>
        <source>Last day of the relationship:</source>
        <translation>客户关系的最后一天：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="251"/>
        <source>Record end</source>
        <translation>记录结束日期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="263"/>
        <source>Type why the data must be kept.</source>
        <translation>请输入必须保留数据的原因。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="272"/>
        <source>Place legal hold</source>
        <translation>设置法律保全</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="273"/>
        <source>While the hold lasts, this customer&apos;s data is not destroyed, even when their retention ends or they ask for deletion. Managers see the reason; the audit trail records only that a hold was placed.</source>
        <translation>保全期间，即使此客户的保存期限已到或客户要求删除，其数据也不会被销毁。经理可以看到原因；审计日志只记录设置了保全这一事实。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="276"/>
        <source>Why must the data be kept (claim, case, authority)?</source>
        <translation>为什么必须保留这些数据（索赔、案件、有关部门要求）？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="277"/>
        <source>Place hold</source>
        <translation>设置保全</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="281"/>
        <source>Release legal hold</source>
        <translation>解除法律保全</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="282"/>
        <source>Release the legal hold? The customer&apos;s retention applies again, so their data may become due for destruction at once.</source>
        <translation>要解除法律保全吗？此客户的保存期限将重新适用，其数据可能立即变为待销毁。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="284"/>
        <source>Release hold</source>
        <translation>解除保全</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_panel.py" line="284"/>
        <source>Keep the hold</source>
        <translation>保留保全</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="44"/>
        <source>Save the destruction certificate</source>
        <translation>保存销毁证明</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="45"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="95"/>
        <source>Destroy…</source>
        <translation>销毁…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="98"/>
        <source>Destroy the selected customers&apos; data for good (asks for your password)</source>
        <translation>永久销毁所选客户的数据（需要输入您的密码）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="106"/>
        <source>Release hold…</source>
        <translation>解除保全…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="115"/>
        <source>Print certificate…</source>
        <translation>打印证明…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="118"/>
        <source>Save certificate…</source>
        <translation>保存证明…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="127"/>
        <source>Due for destruction</source>
        <translation>待销毁</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="128"/>
        <source>On legal hold</source>
        <translation>法律保全中</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="129"/>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="131"/>
        <source>Customers whose every retention period has ended, or who asked for deletion and whose identity was checked, are listed here for your approval. A legal hold keeps a customer&apos;s data until it is released.</source>
        <translation>所有保存期限都已结束的客户，以及要求删除且身份已核验的客户，会列在这里等待您批准。法律保全会保留客户的数据，直到保全解除。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="169"/>
        <source>1 customer is due for destruction</source>
        <translation>有 1 位客户待销毁</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="170"/>
        <source>{n} customers are due for destruction</source>
        <translation>有 {n} 位客户待销毁</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="172"/>
        <source>1 customer on legal hold</source>
        <translation>有 1 位客户处于法律保全中</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="173"/>
        <source>{n} customers on legal hold</source>
        <translation>有 {n} 位客户处于法律保全中</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="174"/>
        <source>1 customer destroyed</source>
        <translation>已销毁 1 位客户的数据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="175"/>
        <source>{n} customers destroyed</source>
        <translation>已销毁 {n} 位客户的数据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="177"/>
        <source>{summary}; the latest {n} are listed</source>
        <translation>{summary}；列出的是最近的 {n} 位</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="180"/>
        <source>Nobody is due for destruction.</source>
        <translation>没有待销毁的客户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="181"/>
        <source>No customer is on legal hold.</source>
        <translation>没有处于法律保全中的客户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="182"/>
        <source>No customer has been destroyed.</source>
        <translation>尚未销毁任何客户的数据。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="183"/>
        <source>Due for destruction ({n})</source>
        <translation>待销毁（{n}）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="227"/>
        <source>Destroyed 1 customer; the certificate is under Destroyed.</source>
        <translation>已销毁 1 位客户的数据；销毁证明在“已销毁”下。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="229"/>
        <source>Destroyed {n} customers; their certificates are under Destroyed.</source>
        <translation>已销毁 {n} 位客户的数据；销毁证明在“已销毁”下。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="243"/>
        <source>Release legal hold</source>
        <translation>解除法律保全</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="244"/>
        <source>Release the legal hold on customer {id} ({name})? Their retention applies again, so they may become due for destruction at once.</source>
        <translation>要解除客户 {id}（{name}）的法律保全吗？其保存期限将重新适用，可能立即变为待销毁。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="247"/>
        <source>Release hold</source>
        <translation>解除保全</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="247"/>
        <source>Keep the hold</source>
        <translation>保留保全</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="256"/>
        <source>Released the legal hold on customer {id}.</source>
        <translation>已解除客户 {id} 的法律保全。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="287"/>
        <source>The certificate could not be saved to {path}: {problem}</source>
        <translation>无法将销毁证明保存到 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="291"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="298"/>
        <source>Certificate of destruction</source>
        <translation>销毁证明</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/retention_view.py" line="300"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>RevealRequestDialog</name>
    <message>
        <location filename="../../clientsafe/ui/exact_lookup.py" line="202"/>
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
    <name>RightsAnswer</name>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="48"/>
        <source>Request #{id}: {kind} — {customer}, received {when}.</source>
        <translation>请求 #{id}：{kind} — {customer}，于 {when} 收到。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="52"/>
        <source>{name} (not a customer)</source>
        <translation>{name}（非客户）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="56"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
</context>
<context>
    <name>RightsPanel</name>
    <message>
        <location filename="../../clientsafe/ui/rights_panel.py" line="37"/>
        <source>Requests under the customer&apos;s rights</source>
        <translation>客户的权利请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_panel.py" line="38"/>
        <source>New request…</source>
        <translation>新建请求…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_panel.py" line="39"/>
        <source>This customer has made no requests.</source>
        <translation>此客户尚未提出任何请求。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_panel.py" line="41"/>
        <source>Verify identity and answer requests in the Rights requests area, where every deadline is listed.</source>
        <translation>请在“权利请求”中核验身份并答复请求，所有请求的期限都列在那里。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_panel.py" line="88"/>
        <source>Request #{id} registered.</source>
        <translation>请求 #{id} 已登记。</translation>
    </message>
</context>
<context>
    <name>RightsRequestDialog</name>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="36"/>
        <source>Once the customer&apos;s identity is verified, a manager prepares the access report from the Rights requests list.</source>
        <translation>客户身份核验后，由经理在“权利请求”列表中生成查阅报告。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="39"/>
        <source>Once the customer&apos;s identity is verified, a manager prepares the access report (PDF and JSON) to hand over as the copy.</source>
        <translation>客户身份核验后，由经理生成查阅报告（PDF 和 JSON），作为副本交给客户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="42"/>
        <source>Correct the details on the customer&apos;s Corrections tab and link each correction to this request.</source>
        <translation>请在客户的“更正”标签页中更正信息，并将每项更正关联到此请求。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="45"/>
        <source>Once the customer&apos;s identity is verified, the request waits in the destruction queue until a manager approves destroying the data.</source>
        <translation>客户身份核验后，此请求会在待销毁队列中等待，直到经理批准销毁这些数据。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="49"/>
        <source>Withdraw the consent on the customer&apos;s Consent tab; it takes effect at once.</source>
        <translation>请在客户的“同意情况”标签页中撤回同意；撤回立即生效。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="52"/>
        <source>Withdraw the purpose objected to (such as marketing) on the customer&apos;s Consent tab.</source>
        <translation>请在客户的“同意情况”标签页中撤回客户反对的用途（例如营销）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="59"/>
        <source>Search for the person among the customers first (a manager can search all of them): if they are a customer, register the request on their record instead. If not, a manager answers that no personal data about them is held; their contact details are erased once it is answered.</source>
        <translation>请先在客户中查找此人（经理可以查找所有客户）：如果对方是客户，请改在其客户记录中登记该请求。如果不是，由经理答复我们未保存其任何个人信息；答复后其联系方式将被清除。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="92"/>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="95"/>
        <source>New rights request</source>
        <translation>新建权利请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="96"/>
        <source>Request from someone not in the vault</source>
        <translation>来自保险库外人员的请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="122"/>
        <source>What exactly the customer asked for, in a few words</source>
        <translation>用几句话写明客户具体要求什么</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="129"/>
        <source>Their name as they gave it</source>
        <translation>对方自报的姓名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="133"/>
        <source>Phone number, e-mail or postal address</source>
        <translation>电话号码、电子邮箱或邮寄地址</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="138"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="139"/>
        <source>Send the answer to:</source>
        <translation>答复发送至：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="140"/>
        <source>They ask for:</source>
        <translation>对方请求：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="141"/>
        <source>What exactly they asked for, in a few words</source>
        <translation>简要说明对方具体请求的内容</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="146"/>
        <source>The customer asks for:</source>
        <translation>客户请求：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="147"/>
        <source>Received:</source>
        <translation>收到方式：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="148"/>
        <source>On:</source>
        <translation>收到时间：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="149"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="159"/>
        <source>Register request</source>
        <translation>登记请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_request_dialog.py" line="199"/>
        <source>The answer is due by {date} ({n} days after it was received).</source>
        <translation>须在 {date} 前答复（收到后 {n} 天内）。</translation>
    </message>
</context>
<context>
    <name>RightsTableModel</name>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="32"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="33"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="34"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="35"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="36"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="38"/>
        <source>Verified by</source>
        <translation>核验人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="39"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="79"/>
        <source>{n} days left</source>
        <translation>还剩 {n} 天</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="81"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="84"/>
        <source>1 day overdue</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="85"/>
        <source>{n} days overdue</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="89"/>
        <source>{name} (not a customer)</source>
        <translation>{name}（非客户）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="91"/>
        <source>#{id} (data destroyed)</source>
        <translation>#{id}（数据已销毁）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="124"/>
        <source>not yet</source>
        <translation>尚未核验</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="126"/>
        <source>answered {date}</source>
        <translation>已于 {date} 答复</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="151"/>
        <source>Answered {when} by {who}</source>
        <translation>由 {who} 于 {when} 答复</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="153"/>
        <source>Due {when}</source>
        <translation>期限：{when}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="156"/>
        <source>{how}, {when}</source>
        <translation>{how}，{when}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="160"/>
        <source>Registered by {who}</source>
        <translation>登记人：{who}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_table_model.py" line="162"/>
        <source>Someone the vault holds nothing about; the request names them instead of a customer record.</source>
        <translation>保险库中没有此人的任何信息；该请求以其姓名代替客户记录。</translation>
    </message>
</context>
<context>
    <name>RightsView</name>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="80"/>
        <source>Open requests</source>
        <translation>未完成的请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="81"/>
        <source>All requests</source>
        <translation>全部请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="87"/>
        <source>Someone not in the vault…</source>
        <translation>保险库外人员…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="89"/>
        <source>Register a request from a person the vault holds nothing about, such as &quot;do you hold anything about me?&quot; from someone who is not a customer</source>
        <translation>登记来自保险库中无任何信息的人员的请求，例如非客户询问“你们是否保存了我的信息？”</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="93"/>
        <source>Verify identity…</source>
        <translation>核验身份…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="95"/>
        <source>Mark in progress</source>
        <translation>标记为处理中</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="97"/>
        <source>Answer…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="99"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="102"/>
        <source>Access report…</source>
        <translation>查阅报告…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="172"/>
        <source>No open rights requests.</source>
        <translation>没有未完成的权利请求。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="173"/>
        <source>No rights requests have been registered.</source>
        <translation>尚未登记任何权利请求。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="182"/>
        <source>1 open request</source>
        <translation>1 个未完成的请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="183"/>
        <source>{n} open requests</source>
        <translation>{n} 个未完成的请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="185"/>
        <source>1 request</source>
        <translation>1 个请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="186"/>
        <source>{n} requests</source>
        <translation>{n} 个请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="188"/>
        <source>{requests}, {n} overdue</source>
        <translation>{requests}，其中 {n} 个逾期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="221"/>
        <source>Request #{id}: {kind}, {status}. Registered by {who}.</source>
        <translation>请求 #{id}：{kind}，{status}。登记人：{who}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="226"/>
        <source>From someone who is not a customer; their name was erased once the request had been kept for the retention period.</source>
        <translation>来自一位非客户人员；该请求保存满保存期限后，其姓名已被清除。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="229"/>
        <source>From {name}, who is not a customer.</source>
        <translation>来自 {name}，此人不是客户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="231"/>
        <source>Send the answer to: {contact}</source>
        <translation>答复发送至：{contact}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="233"/>
        <source>Their contact details were erased once the request was answered.</source>
        <translation>请求答复后，对方的联系方式已被清除。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="235"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="237"/>
        <source>Identity: {how}, by {who} on {when}.</source>
        <translation>身份核验：{how}，由 {who} 于 {when} 核验。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="241"/>
        <source>Answer: {text}</source>
        <translation>答复：{text}</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="264"/>
        <source>Request #{id} registered.</source>
        <translation>请求 #{id} 已登记。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="269"/>
        <source>Identity verified for request #{id}.</source>
        <translation>请求 #{id} 的身份已核验。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="272"/>
        <source>Request #{id} answered: {status}.</source>
        <translation>请求 #{id} 已答复：{status}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_view.py" line="305"/>
        <source>Request #{id} is in progress.</source>
        <translation>请求 #{id} 正在处理中。</translation>
    </message>
</context>
<context>
    <name>RootRotationDialog</name>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="63"/>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="108"/>
        <source>Replace the vault key and recovery key</source>
        <translation>更换保险库密钥和恢复密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="74"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="75"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="76"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="77"/>
        <source>Replace the keys</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="79"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="110"/>
        <source>The vault key opens the whole vault file; the recovery key on your Recovery Kit can open it too when this computer&apos;s keyring cannot. Replace both if the Recovery Kit may have been seen by someone else, or if a person who knew about it has left.</source>
        <translation>保险库密钥用于打开整个保险库文件；当这台电脑的系统密钥环无法打开时，恢复工具包上的恢复密钥也能打开它。如果恢复工具包可能被他人看到，或知道它的人已经离职，请同时更换这两个密钥。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="115"/>
        <source>What happens:
•  the vault file is encrypted again with a new key, kept in this computer&apos;s keyring;
•  you get a new recovery key, shown only once: save and print the new Recovery Kit;
•  the old recovery key no longer opens this vault.</source>
        <translation>操作内容：
•  用新密钥重新加密保险库文件，新密钥保存在这台电脑的系统密钥环中；
•  您将获得一个新的恢复密钥，只显示一次：请保存并打印新的恢复工具包；
•  旧的恢复密钥将无法再打开此保险库。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="123"/>
        <source>Backups made before today keep their old recovery key. Keep the old Recovery Kit as long as you keep those backups, and label it so you know which backups it opens.</source>
        <translation>今天之前创建的备份仍使用旧的恢复密钥。只要还保留这些备份，就请保留旧的恢复工具包，并做好标记，以便知道它能打开哪些备份。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="128"/>
        <source>It takes a moment and cannot be stopped once started. Type your password to go on.</source>
        <translation>此操作需要一点时间，开始后无法停止。请输入您的密码以继续。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="136"/>
        <source>Your &amp;password:</source>
        <translation>您的密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="149"/>
        <source>Replacing the keys…</source>
        <translation>正在更换密钥…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="151"/>
        <source>ClientSafe is copying the vault under its new key. Please wait and keep this computer on; the old key keeps working until the new one is in place.</source>
        <translation>ClientSafe 正在用新密钥复制保险库。请稍候，并保持电脑开机；在新密钥就位之前，旧密钥仍然有效。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="162"/>
        <source>Your new recovery key</source>
        <translation>您的新恢复密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="164"/>
        <source>The vault now has a new key, and this is its new recovery key. It is shown only now. Save the new Recovery Kit and print it, then keep the paper somewhere safe, away from this computer. The old Recovery Kit opens only the backups made before today.</source>
        <translation>保险库现已使用新密钥，这是它的新恢复密钥。它只在此时显示这一次。请保存新的恢复工具包并打印出来，然后把打印件存放在远离这台电脑的安全地方。旧的恢复工具包只能打开今天之前创建的备份。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="171"/>
        <source>Both groups are right. Press Done to close.</source>
        <translation>两组字符都正确。请按“完成”关闭。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="204"/>
        <source>Type your password to go on.</source>
        <translation>请输入您的密码以继续。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="283"/>
        <source>Close without the new key?</source>
        <translation>不保存新密钥就关闭吗？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="284"/>
        <source>The new recovery key will not be shown again. Without it, the vault cannot be opened on another computer or after the keyring is lost. Close anyway?</source>
        <translation>新的恢复密钥将不会再显示。没有它，就无法在其他电脑上打开保险库，系统密钥环丢失密钥后也无法打开。仍要关闭吗？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="287"/>
        <source>Close without the key</source>
        <translation>不保存密钥，直接关闭</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="288"/>
        <source>Go back to the key</source>
        <translation>返回查看密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="311"/>
        <source>Recovery Kit - {name} - {date}.pdf</source>
        <translation>恢复工具包 - {name} - {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="313"/>
        <source>Save the new Recovery Kit</source>
        <translation>保存新的恢复工具包</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="314"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="323"/>
        <source>Saved to {path}. Print it, and keep the paper (or a USB stick with the file) away from this computer; then delete the file here.</source>
        <translation>已保存到 {path}。请把它打印出来，并把打印件（或存有该文件的 U 盘）放在远离这台电脑的地方；然后删除这台电脑上的这个文件。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="334"/>
        <source>Print the new Recovery Kit</source>
        <translation>打印新的恢复工具包</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/root_rotation_dialog.py" line="339"/>
        <source>Sent to the printer. Keep the paper somewhere safe, away from this computer.</source>
        <translation>已发送到打印机。请把打印件存放在远离这台电脑的安全地方。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="339"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="341"/>
        <source>Customers are saved in batches of {n}. If you stop, the batches already saved are kept; importing the same file again adds the rest without duplicates.</source>
        <translation>客户按每批 {n} 位分批保存。如果中途停止，已保存的批次会保留；再次导入同一文件时，会补上其余客户，不会重复。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="354"/>
        <source>{done} of {total} rows</source>
        <translation>{done} / {total} 行</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="241"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="243"/>
        <source>ClientSafe checks the backup once more, keeps the current vault aside, then swaps the restored vault in with one step: if anything stops it, the old vault stays as it was.</source>
        <translation>ClientSafe 会再次检查备份，将当前保险库另行保留，然后一步换入恢复后的保险库：如果过程中有任何中断，旧保险库将保持原样。</translation>
    </message>
</context>
<context>
    <name>RunningPage</name>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="78"/>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/backup_wizard.py" line="80"/>
        <source>ClientSafe writes the backup, reads it back and checks it: it opens, its storage is intact and its counts match the vault. You can keep working in other programs; Cancel stops and removes the unfinished file.</source>
        <translation>ClientSafe 会写入备份，再读回并检查：确认它能打开、存储完好、各项数量与保险库一致。您可以继续使用其他程序；点击“取消”会停止并删除未完成的文件。</translation>
    </message>
</context>
<context>
    <name>ServiceDetails</name>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="54"/>
        <source>Not offered to new customers. Existing customers&apos; data is kept until its retention ends.</source>
        <translation>不再向新客户提供。现有客户的数据会保留到保存期限结束。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="64"/>
        <source>Kept for:</source>
        <translation>保存期限：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="65"/>
        <source>Marketing:</source>
        <translation>营销信息：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="66"/>
        <source>Consent notice:</source>
        <translation>告知书：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="82"/>
        <source>Only the customer&apos;s name is collected so far. Ask to collect a field to add one.</source>
        <translation>目前只收集客户姓名。如需增加字段，请申请收集字段。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="93"/>
        <source>Shares with no one.</source>
        <translation>不与任何人共享。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="94"/>
        <source>&amp;Add third party…</source>
        <translation>添加第三方(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="95"/>
        <source>Re&amp;move…</source>
        <translation>移除(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="111"/>
        <source>Fields collected</source>
        <translation>收集的字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="113"/>
        <source>Every service collects the customer&apos;s name. Other fields appear on the intake form and in the notice only once the security officer approves them.</source>
        <translation>每项服务都会收集客户姓名。其他字段须经安全主管批准后，才会出现在登记表和告知书中。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="118"/>
        <source>Third parties it shares with</source>
        <translation>共享数据的第三方</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="133"/>
        <source>Offered; each customer opts in (off by default)</source>
        <translation>提供；由每位客户自行选择是否接收（默认不接收）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="134"/>
        <source>Not offered</source>
        <translation>不提供</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="136"/>
        <source>Version {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="137"/>
        <source>Not published yet</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_details.py" line="148"/>
        <source>{name} — to {what_for}</source>
        <translation>{name} — 用于{what_for}</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="32"/>
        <source>New service</source>
        <translation>新建服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="33"/>
        <source>Edit service</source>
        <translation>编辑服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="35"/>
        <source>A service is something the business offers, such as a membership. Its consent notice is built from what you write here and from the fields approved for it; when the notice changes, customers are asked to agree again at their next visit.</source>
        <translation>服务是指商家提供的项目，例如会员卡。其告知书根据您在此填写的内容以及为其批准的字段生成；告知书变更后，客户下次到店时会被要求重新同意。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="45"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="52"/>
        <source>Offer news and offers (customers opt in)</source>
        <translation>推送资讯和优惠（由客户自行选择是否接收）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="54"/>
        <source>Offered to new customers</source>
        <translation>向新客户提供</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="57"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="58"/>
        <source>&amp;What the data is used for:</source>
        <translation>数据用途(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="60"/>
        <source>In the customer&apos;s words, 5 to 500 characters, e.g. “Gym membership: access cards, class bookings and renewal reminders.”</source>
        <translation>请用客户能看懂的话填写，5 到 500 个字符，例如“健身会员：门禁卡、课程预约和续费提醒。”</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="62"/>
        <source>&amp;Kept for:</source>
        <translation>保存期限(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="65"/>
        <source>Marketing:</source>
        <translation>营销信息：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="66"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="77"/>
        <source>Create service</source>
        <translation>创建服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/service_dialog.py" line="78"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="168"/>
        <source>Which service are these customers registered for?</source>
        <translation>这些客户登记的是哪项服务？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="170"/>
        <source>Customers are imported for one service, and only the fields approved for that service can be imported. Other columns are left out.</source>
        <translation>每次导入的客户都对应同一项服务，且只能导入该服务已获批准的字段。其他列将被忽略。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="176"/>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="179"/>
        <source>Imported customers have not seen this service&apos;s consent notice: their consent is recorded as unknown, their record asks staff to get it at the next visit, and they receive no marketing until they agree.</source>
        <translation>导入的客户没有看过该服务的告知书：其同意状态记为“未知”，记录中会提醒员工在客户下次到店时征得同意；在客户同意之前，不会向其发送营销信息。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="197"/>
        <source>There is no active service yet; define one under Settings first.</source>
        <translation>目前还没有启用的服务；请先在“设置”中创建一项。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="211"/>
        <source> (required)</source>
        <translation> （必填）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/import_pages.py" line="213"/>
        <source>Fields this service may collect: {names}</source>
        <translation>此服务可收集的字段：{names}</translation>
    </message>
</context>
<context>
    <name>ServicesView</name>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="63"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="65"/>
        <source>Load the services again (F5)</source>
        <translation>重新加载服务列表 (F5)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="83"/>
        <source>No services yet. Create one with “New service…”.</source>
        <translation>还没有服务。请点击“新建服务…”创建一项。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="121"/>
        <source>&amp;New service…</source>
        <translation>新建服务(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="123"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="125"/>
        <source>&amp;Ask to collect a field…</source>
        <translation>申请收集字段(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="127"/>
        <source>&amp;Preview notice</source>
        <translation>预览告知书(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="129"/>
        <source>Say why the service needs a field; the security officer decides</source>
        <translation>说明该服务为什么需要某个字段；由安全主管决定</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="131"/>
        <source>The consent notice customers see now, in English and Chinese</source>
        <translation>客户当前看到的告知书（中英文）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="156"/>
        <source>{name} (not offered)</source>
        <translation>{name}（不提供）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="232"/>
        <source>Created {name}. Ask to collect the fields it needs; until then it collects only the customer&apos;s name.</source>
        <translation>已创建 {name}。请申请收集它所需的字段；在此之前，它只收集客户姓名。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="252"/>
        <source>Saved. The consent notice changed (now version {n}); customers who agreed to an earlier version are asked again at their next visit.</source>
        <translation>已保存。告知书已变更（现为第 {n} 版）；同意过旧版本的客户在下次到店时会被要求重新同意。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="255"/>
        <source>Saved. The consent notice did not change.</source>
        <translation>已保存。告知书没有变化。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="274"/>
        <source>Asked to collect {field} for {service}. The security officer decides; the field appears on the intake form once approved.</source>
        <translation>已申请为 {service} 收集{field}。由安全主管决定；获批后，该字段会出现在登记表上。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="307"/>
        <source>Added {name}. The consent notice now asks customers whether to share with it.</source>
        <translation>已添加 {name}。告知书现在会询问客户是否同意与其共享数据。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="318"/>
        <source>Remove third party</source>
        <translation>移除第三方</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="319"/>
        <source>Stop sharing {service} data with {name}? The consent notice is published again without it.</source>
        <translation>要停止与 {name} 共享 {service} 的数据吗？告知书将去掉该第三方后重新发布。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="321"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="321"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/services_view.py" line="330"/>
        <source>Removed {name}; the notice no longer mentions it.</source>
        <translation>已移除 {name}；告知书中不再提及它。</translation>
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
        <location filename="../../clientsafe/ui/settings_view.py" line="136"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="137"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="139"/>
        <source>Rights requests and retention</source>
        <translation>权利请求与保存期限</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="141"/>
        <source>Rights requests are answered within:</source>
        <translation>权利请求的答复期限：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="143"/>
        <source>Customers with no service are kept:</source>
        <translation>未登记服务的客户保存：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="146"/>
        <source>A request&apos;s deadline is set when it is received, so a new time applies to requests received from now on. Customers registered for no service are kept this many months after their last visit, then listed as due for destruction.</source>
        <translation>请求的期限在收到时即已确定，因此新设置的时间只适用于此后收到的请求。未登记任何服务的客户，会在最近一次到访后保存此处设置的月数，之后列为待销毁。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="156"/>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="158"/>
        <source>Lock the window after no input for:</source>
        <translation>无操作多久后锁定窗口：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="160"/>
        <source>Kept on this computer, not in the vault. The window locks when nobody has used it for this long; a new time takes effect at the next sign-in.</source>
        <translation>保存在本机，而不是保险库中。无人使用达到此时长后窗口即锁定；新的时长在下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="168"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="172"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="174"/>
        <source>Show the saved values again</source>
        <translation>重新显示已保存的值</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="310"/>
        <source>Saved; the new limits apply at once.</source>
        <translation>已保存；新的限制立即生效。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="313"/>
        <source>Saved; the new idle time takes effect at the next sign-in on this computer.</source>
        <translation>已保存；新的空闲时长在本机下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/settings_view.py" line="321"/>
        <source>Business hours must end after they begin. {sentence}</source>
        <translation>营业时间的结束必须晚于开始。{sentence}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="58"/>
        <source>ClientSafe setup</source>
        <translation>ClientSafe 设置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="116"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="114"/>
        <source>Create vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="153"/>
        <source>Stop the setup?</source>
        <translation>要停止设置吗？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="155"/>
        <source>The vault has already been created at {path}. If you stop now, the recovery key will not be shown again; without it the vault cannot be opened on another computer or after a lost keyring. Stop anyway?</source>
        <translation>保险库已创建在 {path}。如果现在停止，恢复密钥将不会再显示；没有它，就无法在其他电脑上打开保险库，系统密钥环丢失密钥后也无法打开。仍要停止吗？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="159"/>
        <source>Stop without the key</source>
        <translation>不保存密钥，直接停止</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="160"/>
        <source>Go back to the key</source>
        <translation>返回查看密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="225"/>
        <source>Recovery Kit - {name}.pdf</source>
        <translation>恢复工具包 - {name}.pdf</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="226"/>
        <source>Save the Recovery Kit</source>
        <translation>保存恢复工具包</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="227"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="237"/>
        <source>Saved to {path}. Print it, and keep the paper (or a USB stick with the file) away from this computer; then delete the file here.</source>
        <translation>已保存到 {path}。请把它打印出来，并把打印件（或存有该文件的 U 盘）放在远离这台电脑的地方；然后删除这台电脑上的这个文件。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="252"/>
        <source>Print the Recovery Kit</source>
        <translation>打印恢复工具包</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/setup_wizard.py" line="257"/>
        <source>Sent to the printer. Keep the paper somewhere safe, away from this computer.</source>
        <translation>已发送到打印机。请把打印件存放在远离这台电脑的安全地方。</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="41"/>
        <source>The customer agreed on {date}.</source>
        <translation>客户已于 {date} 同意。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="43"/>
        <source>Not possible: the customer withdrew consent on {date}.</source>
        <translation>不能提供：客户已于 {date} 撤回同意。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="46"/>
        <source>Not possible: the customer did not agree to this recipient.</source>
        <translation>不能提供：客户未同意向此接收方提供数据。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="49"/>
        <source>Not possible: the customer was never asked about this recipient.</source>
        <translation>不能提供：从未就此接收方征求过客户的同意。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="63"/>
        <source>Record data shared</source>
        <translation>记录数据共享</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="65"/>
        <source>Record each time this customer&apos;s data goes to a third party. Only recipients the customer agreed to can be chosen; the register keeps which fields went, never their values.</source>
        <translation>每次将此客户的数据提供给第三方时，请在此记录。只能选择客户已同意的接收方；共享登记只保存提供了哪些字段，绝不保存字段内容。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="77"/>
        <source>{recipient} ({service})</source>
        <translation>{recipient}（{service}）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="96"/>
        <source>The customer uses no service with a third-party recipient, so there is nothing to record.</source>
        <translation>客户没有使用任何涉及第三方接收方的服务，因此无需记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="100"/>
        <source>The customer has not agreed to sharing with any recipient. Ask for their consent first (Consent tab).</source>
        <translation>客户尚未同意向任何接收方共享数据。请先征求客户同意（“同意情况”标签页）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="104"/>
        <source>Recipient:</source>
        <translation>接收方：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="117"/>
        <source>Fields shared:</source>
        <translation>提供的字段：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="122"/>
        <source>&amp;Shared for:</source>
        <translation>共享用途(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="123"/>
        <source>What the recipient needs the data for, e.g. “insurance cover for the training course”.</source>
        <translation>接收方需要这些数据做什么，例如“培训课程的保险保障”。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="130"/>
        <source>&amp;Legal basis:</source>
        <translation>法律依据(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/share_dialog.py" line="131"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>SharingPanel</name>
    <message>
        <location filename="../../clientsafe/ui/sharing_panel.py" line="56"/>
        <source>Data shared with third parties</source>
        <translation>与第三方共享的数据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/sharing_panel.py" line="61"/>
        <source>Each time this customer&apos;s data goes to a third party (an insurer, a laboratory, a payment provider), record it here. Only recipients the customer agreed to can be chosen.</source>
        <translation>每次将此客户的数据提供给第三方（如保险公司、化验机构、支付服务商）时，请在此记录。只能选择客户已同意的接收方。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/sharing_panel.py" line="57"/>
        <source>Record sharing…</source>
        <translation>记录共享…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/sharing_panel.py" line="59"/>
        <source>Nothing has been shared with a third party.</source>
        <translation>尚未向任何第三方提供数据。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/sharing_panel.py" line="66"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/sharing_panel.py" line="66"/>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/sharing_panel.py" line="66"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/sharing_panel.py" line="66"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/sharing_panel.py" line="67"/>
        <source>Consent given</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/sharing_panel.py" line="67"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/sharing_panel.py" line="67"/>
        <source>Shared for</source>
        <translation>共享用途</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/sharing_panel.py" line="96"/>
        <source>{recipient} for {service}; consent given {date} (decision #{id}).</source>
        <translation>{recipient}（{service}）；客户于 {date} 同意（决定 #{id}）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/sharing_panel.py" line="133"/>
        <source>Recorded: data shared with {recipient}.</source>
        <translation>已记录：已向 {recipient} 提供数据。</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../clientsafe/ui/signature_pad.py" line="380"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/signature_pad.py" line="381"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/signature_pad.py" line="382"/>
        <source>Clear the signature</source>
        <translation>清除签名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/signature_pad.py" line="383"/>
        <source>Undo the last stroke</source>
        <translation>撤销最后一笔</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../clientsafe/ui/signature_pad.py" line="319"/>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/signature_pad.py" line="330"/>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/signature_pad.py" line="332"/>
        <source>Sign here with a finger, a pen or the mouse. Use Undo or Clear to start over.</source>
        <translation>请用手指、笔或鼠标在此签名。可用“撤销”或“清除”重新开始。</translation>
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
        <location filename="../../clientsafe/ui/startup_controller.py" line="165"/>
        <source>No usable keyring was found on this computer, so this demo vault is made afresh at every start.</source>
        <translation>这台电脑上没有可用的系统密钥环，因此每次启动时都会重新创建此演示保险库。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/startup_controller.py" line="207"/>
        <source>The vault&apos;s key is now stored in this computer&apos;s keyring; next time ClientSafe opens the vault without the recovery key.</source>
        <translation>保险库密钥现已保存在这台电脑的系统密钥环中；下次 ClientSafe 打开保险库时无需再输入恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/startup_controller.py" line="215"/>
        <source>Unlocked for this session only: there is no usable keyring on this computer, and ClientSafe never stores the key in plain text. You will need the recovery key again at the next start.</source>
        <translation>仅在本次会话中解锁：这台电脑上没有可用的系统密钥环，而 ClientSafe 绝不以明文保存密钥。下次启动时需要再次输入恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/startup_controller.py" line="275"/>
        <source>Choose a new password to finish signing in; it is required now.</source>
        <translation>必须先设置新密码，才能完成登录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/startup_controller.py" line="301"/>
        <source>The backup was restored and the restore recorded in the audit trail. Sign in again to continue.</source>
        <translation>备份已恢复，恢复操作已记入审计日志。请重新登录以继续。</translation>
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
    <name>TombstonesModel</name>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="162"/>
        <source>Certificate</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="163"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="164"/>
        <source>Destroyed</source>
        <translation>销毁时间</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="165"/>
        <source>Basis</source>
        <translation>销毁依据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="166"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/due_queue_model.py" line="177"/>
        <source>{basis} #{id}</source>
        <translation>{basis} #{id}</translation>
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
        <location filename="../../clientsafe/ui/transaction_table_model.py" line="46"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/transaction_table_model.py" line="48"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/transaction_table_model.py" line="53"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/transaction_table_model.py" line="65"/>
        <source>(customer destroyed)</source>
        <translation>（客户已销毁）</translation>
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
    <name>UnlockPage</name>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="100"/>
        <source>Unlock the backup</source>
        <translation>解锁备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="102"/>
        <source>This computer&apos;s keyring does not hold the key for this backup (a new computer, or a backup of a vault that was set up elsewhere). Type the recovery key from the Recovery Kit that was printed when the vault was created.</source>
        <translation>这台电脑的系统密钥环中没有此备份的密钥（可能是新电脑，或备份来自在别处设置的保险库）。请输入创建保险库时打印的恢复工具包上的恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="114"/>
        <source>With the recovery key, the restored vault&apos;s key is also put into this computer&apos;s keyring, so the next start needs nothing typed.</source>
        <translation>使用恢复密钥后，恢复出的保险库的密钥也会存入这台电脑的系统密钥环，下次启动时无需输入任何内容。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="117"/>
        <source>Recovery key:</source>
        <translation>恢复密钥：</translation>
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
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="41"/>
        <source>The vault cannot be opened — ClientSafe</source>
        <translation>无法打开保险库 — ClientSafe</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="43"/>
        <source>The vault cannot be opened</source>
        <translation>无法打开保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="55"/>
        <source>Nothing has been changed. You can quit, or open another vault file.</source>
        <translation>没有做任何更改。您可以退出，或打开另一个保险库文件。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="60"/>
        <source>If you have a backup, restore it here; a copy of the damaged vault is kept aside.</source>
        <translation>如果您有备份，可以在这里恢复；损坏的保险库会另存一份副本。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="67"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="73"/>
        <source>Choose another vault…</source>
        <translation>选择其他保险库…</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="77"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="96"/>
        <source>Open a vault</source>
        <translation>打开保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/vault_problem_dialog.py" line="98"/>
        <source>ClientSafe vault (*.csvault);;All files (*)</source>
        <translation>ClientSafe 保险库 (*.csvault);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>VerifyIdentityDialog</name>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="70"/>
        <source>Verify identity</source>
        <translation>核验身份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="75"/>
        <source>Verify the customer&apos;s identity</source>
        <translation>核验客户身份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="77"/>
        <source>How did you make sure the request comes from the customer?</source>
        <translation>您是如何确认此请求确实来自客户本人的？</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="86"/>
        <source>Your name and the time are recorded with the request.</source>
        <translation>您的姓名和操作时间会随请求一并记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="90"/>
        <source>The deletion request then waits in the destruction queue until a manager approves destroying the customer&apos;s data.</source>
        <translation>随后，该删除请求会进入待销毁队列，等待经理批准销毁该客户的数据。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/rights_answer_dialog.py" line="97"/>
        <source>Identity verified</source>
        <translation>身份已核验</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="76"/>
        <source>Checking the backup</source>
        <translation>正在检查备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/restore_pages.py" line="78"/>
        <source>ClientSafe checks that the file is authentic and complete, then opens the copy inside it privately and checks its storage, its audit trail and its counts against the manifest.</source>
        <translation>ClientSafe 会检查文件是否真实、完整，然后在内部单独打开其中的副本，检查其存储和审计日志，并将各项数量与清单核对。</translation>
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
    <name>WizardFrame</name>
    <message>
        <location filename="../../clientsafe/ui/wizard_frame.py" line="56"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/wizard_frame.py" line="57"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/wizard_frame.py" line="58"/>
        <location filename="../../clientsafe/ui/wizard_frame.py" line="137"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../clientsafe/ui/wizard_frame.py" line="59"/>
        <source>Finish</source>
        <translation>完成</translation>
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
        <location filename="../../clientsafe/core/audit_actions.py" line="101"/>
        <source>Vault created</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="102"/>
        <source>Vault opened with recovery key</source>
        <translation>使用恢复密钥解锁保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="104"/>
        <source>Vault health checked</source>
        <translation>核验保险库状态</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="105"/>
        <source>Vault format upgraded</source>
        <translation>升级保险库格式</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="106"/>
        <source>Demo data created</source>
        <translation>创建演示数据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="107"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="108"/>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="109"/>
        <source>Locked after failed sign-ins</source>
        <translation>登录失败次数过多，账户被锁定</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="110"/>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="111"/>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="112"/>
        <source>Staff account created</source>
        <translation>创建员工账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="113"/>
        <source>Staff list viewed</source>
        <translation>查看员工列表</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="114"/>
        <source>Customer added</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="115"/>
        <source>Customer list viewed</source>
        <translation>查看客户列表</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="116"/>
        <source>Transaction recorded</source>
        <translation>记录交易</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="117"/>
        <source>Transaction list viewed</source>
        <translation>查看交易列表</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="118"/>
        <source>Customer record opened</source>
        <translation>打开客户记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="119"/>
        <source>Too many records opened</source>
        <translation>打开记录过多，已被锁定</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="120"/>
        <source>Masked fields requested</source>
        <translation>申请查看遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="121"/>
        <source>Masked fields approved</source>
        <translation>批准查看遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="122"/>
        <source>Masked-field request refused</source>
        <translation>拒绝查看遮盖字段的申请</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="123"/>
        <source>Masked field shown</source>
        <translation>显示遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="124"/>
        <source>Masked field copied</source>
        <translation>复制遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="125"/>
        <source>Field masked again</source>
        <translation>重新遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="126"/>
        <source>Masked-field requests listed</source>
        <translation>查看遮盖字段申请列表</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="127"/>
        <source>Security settings changed</source>
        <translation>修改安全设置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="128"/>
        <source>Security alerts viewed</source>
        <translation>查看安全警报</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="129"/>
        <source>Exact customer look-up</source>
        <translation>精确查找客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="130"/>
        <source>Customer export approved</source>
        <translation>批准导出客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="131"/>
        <source>Customers exported</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="132"/>
        <source>Staff role changed</source>
        <translation>修改员工角色</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="133"/>
        <source>Staff account deactivated</source>
        <translation>停用员工账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="134"/>
        <source>Staff account reactivated</source>
        <translation>重新启用员工账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="135"/>
        <source>Staff password reset</source>
        <translation>重置员工密码</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="136"/>
        <source>Screen unlocked</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="137"/>
        <source>Screen locked</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="138"/>
        <source>Audit trail verified</source>
        <translation>核验审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="139"/>
        <source>Audit trail viewed</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="140"/>
        <source>Access history viewed</source>
        <translation>查看客户访问记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="141"/>
        <source>Custom field added</source>
        <translation>添加自定义字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="142"/>
        <source>Field catalog viewed</source>
        <translation>查看字段目录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="143"/>
        <source>Service saved</source>
        <translation>保存服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="144"/>
        <source>Third-party recipient saved</source>
        <translation>保存第三方接收方</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="145"/>
        <source>Field collection requested</source>
        <translation>申请收集字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="146"/>
        <source>Field collection approved</source>
        <translation>批准收集字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="147"/>
        <source>Field collection rejected</source>
        <translation>拒绝收集字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="148"/>
        <source>Field no longer collected</source>
        <translation>停止收集字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="149"/>
        <source>Consent recorded</source>
        <translation>记录同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="150"/>
        <source>Consent declined; nothing stored</source>
        <translation>客户拒绝同意；未保存任何内容</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="151"/>
        <source>Consent renewed</source>
        <translation>重新确认同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="152"/>
        <source>Consent withdrawn</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="153"/>
        <source>Signed consent document produced</source>
        <translation>生成已签名的同意文件</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="154"/>
        <source>Key rotation stopped part-way</source>
        <translation>密钥轮换中途停止</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="155"/>
        <source>Field values re-encrypted</source>
        <translation>重新加密字段值</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="156"/>
        <source>Vault key and recovery key replaced</source>
        <translation>更换保险库密钥和恢复密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="157"/>
        <source>Customers imported</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="158"/>
        <source>Audit trail exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="159"/>
        <source>Backup made</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="160"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="161"/>
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="162"/>
        <source>Restore drill run</source>
        <translation>运行恢复演练</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="163"/>
        <source>Old backups deleted</source>
        <translation>删除旧备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="164"/>
        <source>Automatic backup settings changed</source>
        <translation>更改自动备份设置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="166"/>
        <source>Marketing list made</source>
        <translation>生成营销名单</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="167"/>
        <source>Data shared with a third party</source>
        <translation>向第三方提供数据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="168"/>
        <source>Rights request received</source>
        <translation>收到权利请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="169"/>
        <source>Rights request updated</source>
        <translation>更新权利请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="170"/>
        <source>Rights request answered</source>
        <translation>答复权利请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="171"/>
        <source>Rights requests listed</source>
        <translation>查看权利请求列表</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="172"/>
        <source>Customer details corrected</source>
        <translation>更正客户信息</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="173"/>
        <source>Access report produced</source>
        <translation>生成查阅报告</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="174"/>
        <source>Customer relationship ended</source>
        <translation>结束客户关系</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="175"/>
        <source>Legal hold placed</source>
        <translation>设置法律保全</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="176"/>
        <source>Legal hold released</source>
        <translation>解除法律保全</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="177"/>
        <source>Destruction queue viewed</source>
        <translation>查看待销毁队列</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="178"/>
        <source>Customer data destroyed</source>
        <translation>销毁客户数据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/audit_actions.py" line="179"/>
        <source>Destruction certificate produced</source>
        <translation>生成销毁证明</translation>
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
    <name>backup</name>
    <message>
        <location filename="../../clientsafe/core/backup_flow.py" line="27"/>
        <source>Where to</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_flow.py" line="28"/>
        <source>Write and verify</source>
        <translation>写入并核验</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_flow.py" line="29"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="35"/>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="36"/>
        <location filename="../../clientsafe/core/field_catalog.py" line="79"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="37"/>
        <source>Personal details</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="38"/>
        <source>Financial</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="39"/>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="40"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="56"/>
        <source>First character only</source>
        <translation>仅显示第一个字符</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="57"/>
        <source>Region and last 4 (ID number)</source>
        <translation>地区码和后 4 位（身份证号）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="58"/>
        <source>First 3 and last 4 digits</source>
        <translation>前 3 位和后 4 位数字</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="59"/>
        <source>First letter and domain</source>
        <translation>首字母和域名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="60"/>
        <source>First 6 characters</source>
        <translation>前 6 个字符</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="61"/>
        <source>Century only</source>
        <translation>仅显示世纪</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="62"/>
        <source>Last 4 characters</source>
        <translation>后 4 个字符</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="63"/>
        <source>Fully hidden</source>
        <translation>完全隐藏</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="67"/>
        <source>Free text</source>
        <translation>任意文本</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="68"/>
        <source>Person&apos;s name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="69"/>
        <source>Resident ID number (GB 11643)</source>
        <translation>居民身份证号码（GB 11643）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="70"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="71"/>
        <source>E-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="72"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="73"/>
        <source>Postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="74"/>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="78"/>
        <source>Basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="80"/>
        <source>Sensitive</source>
        <translation>敏感</translation>
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
    <name>collection</name>
    <message>
        <location filename="../../clientsafe/core/collection.py" line="26"/>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/collection.py" line="27"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/collection.py" line="28"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/collection.py" line="29"/>
        <source>No longer collected</source>
        <translation>已停止收集</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="58"/>
        <source>Agreed</source>
        <translation>已同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="59"/>
        <source>Not agreed</source>
        <translation>未同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="60"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="63"/>
        <source>Signed on screen</source>
        <translation>屏幕签名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="64"/>
        <source>Signed on paper</source>
        <translation>纸质签名</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="65"/>
        <source>At the counter</source>
        <translation>在前台办理</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="66"/>
        <source>Imported; ask at next visit</source>
        <translation>导入；下次到店时询问</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="69"/>
        <source>Consent given</source>
        <translation>给予同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="70"/>
        <source>Consent renewed</source>
        <translation>重新确认同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="71"/>
        <source>Consent withdrawn</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="72"/>
        <source>Consent unknown</source>
        <translation>同意状态未知</translation>
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
        <location filename="../../clientsafe/core/validators.py" line="18"/>
        <source>A user name is 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>请输入 2 到 32 位的用户名，只能使用英文字母、数字、点、连字符或下划线，并以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="26"/>
        <source>Enter a {what} of 1 to {max_length} characters, without control characters.</source>
        <translation>请输入 1 到 {max_length} 个字符的{what}，不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="32"/>
        <source>The user name {username} is already used; choose another.</source>
        <translation>用户名 {username} 已被使用，请换一个。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="61"/>
        <source>The text contains invisible control or direction characters; type it again instead of pasting it.</source>
        <translation>文字中含有不可见的控制字符或方向字符；请重新输入，不要粘贴。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="89"/>
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
        <location filename="../../clientsafe/core/backup_errors.py" line="19"/>
        <source>The backup could not be made or read.</source>
        <translation>无法创建或读取备份。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="23"/>
        <source>{path} is not a ClientSafe backup; choose a .csbackup file made by ClientSafe.</source>
        <translation>{path} 不是 ClientSafe 备份；请选择由 ClientSafe 创建的 .csbackup 文件。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="31"/>
        <source>There is no backup file at {path}; check the path and the drive.</source>
        <translation>{path} 处没有备份文件；请检查路径和驱动器。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="38"/>
        <source>The backup {path} is damaged, incomplete or was changed after it was written, so it cannot be trusted; use another backup.</source>
        <translation>备份 {path} 已损坏、不完整或在写入后被改动过，无法信任；请使用其他备份。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="47"/>
        <source>This backup belongs to another vault ({business}); choose a backup of this vault, or restore it to another place.</source>
        <translation>此备份属于另一个保险库（{business}）；请选择此保险库的备份，或将其恢复到其他位置。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="56"/>
        <source>The backup destination {folder} is full, so no backup was kept; free some space or choose another folder.</source>
        <translation>备份目标位置 {folder} 已满，因此未保留备份；请释放一些空间或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="65"/>
        <source>ClientSafe cannot write to {folder}; choose a folder you can write to, or check that the drive is connected.</source>
        <translation>ClientSafe 无法写入 {folder}；请选择您有写入权限的文件夹，或检查驱动器是否已连接。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="74"/>
        <source>Writing the backup to {folder} failed (the drive reported an error or was removed), so nothing was kept; check the drive and try again.</source>
        <translation>向 {folder} 写入备份失败（驱动器报告错误或已被移除），因此未保留任何内容；请检查驱动器后重试。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="83"/>
        <source>The new backup did not read back correctly, so it was removed; check the drive in {folder} and try again.</source>
        <translation>新备份读回时不正确，已被删除；请检查 {folder} 所在的驱动器后重试。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="92"/>
        <source>The backup {path} opens but its content fails the check ({problem}); use another backup.</source>
        <translation>备份 {path} 可以打开，但其内容未通过检查（{problem}）；请使用其他备份。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="101"/>
        <source>Choose a folder for automatic backups (a full path, for example a USB drive).</source>
        <translation>请为自动备份选择一个文件夹（完整路径，例如 U 盘）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="107"/>
        <location filename="../../clientsafe/services/disclosure_settings.py" line="30"/>
        <source>Choose a whole number from {low} to {high}.</source>
        <translation>请选择 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="111"/>
        <source>To confirm the restore, type the business name exactly as shown: {business}.</source>
        <translation>为确认恢复，请完全按照显示内容输入商家名称：{business}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="118"/>
        <source>A restore needs a security officer: sign in to the current vault, or give the user name and password of a security officer in the backup.</source>
        <translation>恢复需要安全主管操作：请登录当前保险库，或输入备份中某位安全主管的用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_errors.py" line="126"/>
        <source>The vault failed its check while it was being backed up ({problem}), so no backup was kept; run the vault check and restore the latest good backup.</source>
        <translation>备份过程中保险库未通过检查（{problem}），因此未保留备份；请运行保险库检查，并恢复最近一次完好的备份。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/reveals.py" line="45"/>
        <source>Choose at least one masked field, a reason (explained in words for &quot;Other&quot;) and 1 to {max_minutes} minutes.</source>
        <translation>请至少选择一个遮盖字段、一个原因（选择&quot;其他&quot;时请用文字说明），以及 1 到 {max_minutes} 分钟的时长。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/reveals.py" line="53"/>
        <source>Write down a reason (at most {max_length} characters); it is kept with the request.</source>
        <translation>请填写原因（最多 {max_length} 个字符）；原因会与申请一并保存。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/customer_export.py" line="52"/>
        <source>Exporting more than {limit} customers at once needs a manager&apos;s approval; ask a manager to approve it.</source>
        <translation>一次导出超过 {limit} 位客户需要经理审批；请经理批准。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/customer_export.py" line="60"/>
        <source>Select the customers to export first.</source>
        <translation>请先选择要导出的客户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/customer_export.py" line="64"/>
        <source>None of these customers has an active consent for service delivery, so nothing was exported; ask them to consent again at their next visit.</source>
        <translation>这些客户都没有有效的“提供服务”同意，因此没有导出任何内容；请在他们下次到访时请其重新给予同意。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/audit_export.py" line="43"/>
        <source>The period ends before it starts; choose an end date on or after the start.</source>
        <translation>期间的结束日期早于开始日期；请选择不早于开始日期的结束日期。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/backup_flow.py" line="34"/>
        <source>There is no folder at {path}; choose an existing folder or connect the drive.</source>
        <translation>{path} 处没有文件夹；请选择已有的文件夹或连接驱动器。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/collection.py" line="52"/>
        <source>Say what the field is used for and what happens without it (10 to 500 characters each).</source>
        <translation>请说明该字段的用途，以及没有它会怎样（每项 10 到 500 个字符）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/collection.py" line="60"/>
        <source>Give a reason for the decision (3 to 500 characters).</source>
        <translation>请给出决定的理由（3 到 500 个字符）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/collection.py" line="65"/>
        <source>This field is already collected or waiting for approval for this service.</source>
        <translation>此服务已在收集该字段，或该字段正在等待审批。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/collection.py" line="71"/>
        <source>This request was already decided; refresh the list.</source>
        <translation>此申请已有决定；请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/collection.py" line="76"/>
        <source>You asked for this field yourself; another security officer must decide on it.</source>
        <translation>此字段是您本人申请的；须由另一位安全主管决定。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/collection.py" line="82"/>
        <source>{field} is not approved for this service, so it cannot be collected. Ask the security officer to approve a collection request first.</source>
        <translation>{field}未获准用于此服务，因此不能收集。请先请安全主管批准收集申请。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="238"/>
        <source>The consent is not complete; check the choices.</source>
        <translation>同意内容不完整；请检查各项选择。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="241"/>
        <source>The customer must agree to the service purpose to be registered for it.</source>
        <translation>客户必须同意服务用途，才能登记该服务。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="243"/>
        <source>The customer has not signed yet; ask them to sign in the box.</source>
        <translation>客户尚未签名；请让客户在框内签名。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="245"/>
        <source>The customer is under 14: enter the guardian&apos;s name and relationship, and have the guardian sign.</source>
        <translation>客户未满 14 周岁：请输入监护人的姓名及与客户的关系，并由监护人签名。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="248"/>
        <source>Sensitive information was entered but its separate consent was not given; tick it or remove those values.</source>
        <translation>已填写敏感信息，但未获得对应的单独同意；请勾选单独同意，或删除这些内容。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="251"/>
        <source>The choices do not match the notice shown; show the notice again.</source>
        <translation>所选内容与显示的告知书不一致；请重新显示告知书。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/consent.py" line="253"/>
        <source>The notice changed while it was on screen; show the new notice to the customer.</source>
        <translation>告知书在显示期间已更改；请向客户显示新的告知书。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_catalog.py" line="139"/>
        <source>A custom field needs an English and a Chinese label of 1 to 60 characters, different from the other fields&apos; labels.</source>
        <translation>自定义字段需要英文和中文标签，各 1 到 60 个字符，且不能与其他字段的标签相同。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="39"/>
        <source>Please check the {field} you entered.</source>
        <translation>请检查您输入的{field}。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="43"/>
        <source>Enter the {field}; it cannot be left empty.</source>
        <translation>请输入{field}；此项不能为空。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="47"/>
        <source>The {field} is too long; shorten it to at most {max_length} characters.</source>
        <translation>{field}太长；请缩短到最多 {max_length} 个字符。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="53"/>
        <source>The {field} contains invisible control or formatting characters; type it again instead of pasting it.</source>
        <translation>{field}含有不可见的控制字符或格式字符；请手动重新输入，不要粘贴。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="61"/>
        <source>The {field} must fit on one line; remove the line breaks.</source>
        <translation>{field}必须在一行内；请删除换行。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="67"/>
        <source>The {field} may contain only letters, spaces and the marks · &apos; - . (for example 王芳 or Anne-Marie O&apos;Neil).</source>
        <translation>{field}只能包含字母、空格以及 · &apos; - . 这些符号（例如 王芳 或 Anne-Marie O&apos;Neil）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="75"/>
        <source>The {field} must be an 18-character resident ID number: 17 digits and a last digit or X.</source>
        <translation>{field}必须是 18 位居民身份证号码：前 17 位为数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="83"/>
        <source>The {field} must start with a 6-digit region code whose first digit is 1 to 8; check the first digits.</source>
        <translation>{field}必须以 6 位地区代码开头，且第一位为 1 到 8；请检查前几位数字。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="91"/>
        <source>The {field} contains a birth date (characters 7 to 14) that does not exist, is in the future or is before 1900; check those digits.</source>
        <translation>{field}中的出生日期（第 7 到 14 位）不存在、晚于今天或早于 1900 年；请检查这几位数字。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="99"/>
        <source>The {field} is not a valid resident ID number; its last character does not match the others, so check every digit and the last character.</source>
        <translation>{field}不是有效的居民身份证号码：最后一位与其他数字不匹配，请逐位检查，包括最后一位。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="107"/>
        <source>The {field} is not a valid phone number for this region; include the country code if it is foreign.</source>
        <translation>{field}不是本地区有效的电话号码；如为外国号码，请加上国家代码。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="115"/>
        <source>The {field} must be an e-mail address like name@example.com, without spaces, quotes or brackets.</source>
        <translation>{field}必须是类似 name@example.com 的电子邮件地址，不能包含空格、引号或括号。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="123"/>
        <source>The {field} must be a real date written like 2024-01-05 or 2024年1月5日.</source>
        <translation>{field}必须是真实存在的日期，格式如 2024-01-05 或 2024年1月5日。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="129"/>
        <source>The {field} cannot be in the future or before 1900; check the year.</source>
        <translation>{field}不能晚于今天或早于 1900 年；请检查年份。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_validators.py" line="135"/>
        <source>The {field} must be an IBAN or an account or card number of 8 to 30 digits; check for a mistyped character.</source>
        <translation>{field}必须是 IBAN，或 8 到 30 位数字的账号或卡号；请检查是否有输错的字符。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/import_rules.py" line="62"/>
        <source>Choose the column that holds the customers&apos; names; every customer needs one.</source>
        <translation>请选择包含客户姓名的列；每位客户都必须有姓名。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/import_rules.py" line="67"/>
        <source>Two columns are set to {field}; keep one and set the other to (ignore).</source>
        <translation>有两列都设为{field}；请保留一列，并将另一列设为（忽略）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/import_rules.py" line="72"/>
        <source>This service needs the {field} of every customer; choose the column that holds it.</source>
        <translation>此服务需要每位客户的{field}；请选择包含该信息的列。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/import_rules.py" line="78"/>
        <source>The file could not be read as a CSV file or an Excel workbook (.xlsx); save it in one of those formats and try again.</source>
        <translation>无法将该文件读取为 CSV 文件或 Excel 工作簿 (.xlsx)；请将其保存为这两种格式之一后重试。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/import_rules.py" line="84"/>
        <source>The file has no header row with column names; the first row must name the columns.</source>
        <translation>该文件没有包含列名的标题行；第一行必须是各列的名称。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/import_rules.py" line="90"/>
        <source>The file has more than {rows} rows or {columns} columns; split it into smaller files.</source>
        <translation>该文件超过 {rows} 行或 {columns} 列；请将其拆分为较小的文件。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/import_rules.py" line="98"/>
        <source>The import stopped after {imported} customers were saved. Importing the same file again adds the rest without duplicating anyone.</source>
        <translation>导入在保存了 {imported} 位客户后停止。再次导入同一文件会补上其余客户，不会重复。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/restore_flow.py" line="66"/>
        <source>The check found a problem with this backup (listed below), so it cannot be restored; use another backup.</source>
        <translation>检查发现此备份有问题（见下方列表），因此无法恢复；请使用其他备份。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/consents.py" line="51"/>
        <source>This customer is not registered for that service; register them with New customer so its fields are collected with their consent.</source>
        <translation>该客户未登记此服务；请通过“新客户”为其登记，以便在其同意下收集相关字段。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/consents.py" line="58"/>
        <source>There is no consent in force for that purpose; refresh the record.</source>
        <translation>该用途目前没有有效的同意；请刷新记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/customer_import.py" line="55"/>
        <source>The file&apos;s columns changed since they were matched to fields; choose the file again.</source>
        <translation>文件的列在与字段匹配后发生了变化；请重新选择文件。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/intake.py" line="42"/>
        <source>The attached scan is larger than 10 MB; attach a smaller photo or scan.</source>
        <translation>附加的扫描件超过 10 MB；请附加较小的照片或扫描件。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/notices.py" line="21"/>
        <source>That service does not exist any more; refresh the list.</source>
        <translation>该服务已不存在；请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/offerings.py" line="27"/>
        <source>Another service already has this name; choose another.</source>
        <translation>已有其他服务使用此名称；请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/offerings.py" line="32"/>
        <source>Describe what the service uses the data for (5 to 500 characters) and keep it for 1 to 1200 months.</source>
        <translation>请描述该服务的数据用途（5 到 500 个字符），并将保存期限设为 1 到 1200 个月。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/offerings.py" line="38"/>
        <source>Name the third party and say what it receives the data for (5 to 300 characters).</source>
        <translation>请填写第三方名称，并说明其接收数据的用途（5 到 300 个字符）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/vault/field_crypto.py" line="40"/>
        <source>A stored customer value could not be decrypted; the vault may have been altered. Run a vault check and restore from a backup if it reports damage.</source>
        <translation>无法解密一项已保存的客户数据；保险库可能已被篡改。请运行保险库检查，如报告损坏，请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/vault/root_rotation.py" line="37"/>
        <source>The audit anchor beside the vault disagrees with the audit trail; verify the audit trail and settle that before replacing the vault key.</source>
        <translation>保险库旁的审计锚点与审计日志不一致；请先核验审计日志并解决该问题，再更换保险库密钥。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/vault/root_rotation.py" line="44"/>
        <source>Replacing the vault key needs this computer&apos;s keyring, so that no moment passes without a stored key; unlock the keyring and try again.</source>
        <translation>更换保险库密钥需要使用这台电脑的系统密钥环，以确保任何时刻都有已保存的密钥；请解锁系统密钥环后重试。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/access_report.py" line="71"/>
        <source>That request is not an access or copy request of this customer; choose one of theirs or make the report without it.</source>
        <translation>该请求不是此客户的查阅或复制请求；请选择该客户自己的请求，或不关联请求直接生成报告。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/access_report.py" line="77"/>
        <source>Choose PDF or JSON, in English or Chinese, for the access report.</source>
        <translation>请为查阅报告选择 PDF 或 JSON 格式，以及英文或中文。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/corrections.py" line="37"/>
        <source>This customer has no such detail to correct; choose one of the details listed.</source>
        <translation>该客户没有这项信息可更正；请从列出的信息中选择。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/corrections.py" line="43"/>
        <source>Write down why the detail is corrected, in at most {max_length} characters.</source>
        <translation>请写明更正此信息的原因，不超过 {max_length} 个字符。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/corrections.py" line="48"/>
        <source>The linked request is not an open correction request of this customer; choose another one or none.</source>
        <translation>所关联的请求不是此客户尚未完成的更正请求；请另选一个，或选择“无”。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/corrections.py" line="54"/>
        <source>The new value is the same as the one held, so nothing was changed.</source>
        <translation>新值与现有值相同，因此没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/destruction.py" line="58"/>
        <source>Select the customers to destroy first.</source>
        <translation>请先选择要销毁的客户。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/destruction.py" line="62"/>
        <source>Customer {customer} is not due for destruction any more; refresh the list and select again. Nothing was destroyed from that customer on.</source>
        <translation>客户 {customer} 已不再待销毁；请刷新列表后重新选择。该客户及其后的客户均未销毁任何数据。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/destruction.py" line="69"/>
        <source>Customer {customer} is on legal hold and cannot be destroyed; release the hold first if it no longer applies. Nothing was destroyed from that customer on.</source>
        <translation>客户 {customer} 处于法律保全状态，不能销毁；如果保全已不再需要，请先解除。该客户及其后的客户均未销毁任何数据。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/destruction.py" line="77"/>
        <source>There is no destruction record for customer {customer}; refresh the list.</source>
        <translation>找不到客户 {customer} 的销毁记录；请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/marketing.py" line="51"/>
        <source>Save the marketing list as a CSV or a PDF file.</source>
        <translation>请将营销名单保存为 CSV 或 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/marketing.py" line="55"/>
        <source>That service no longer exists; refresh the list of services and choose again.</source>
        <translation>该服务已不存在；请刷新服务列表后重新选择。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/marketing.py" line="60"/>
        <source>No customer agrees to marketing for this choice today, so there is no list to make; customers join it when they opt in.</source>
        <translation>按当前选择，今天没有客户同意接收营销信息，因此无法生成名单；客户表示同意后就会加入名单。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/retention.py" line="37"/>
        <source>This customer is not registered for that service; refresh the record.</source>
        <translation>该客户没有登记此服务；请刷新记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/retention.py" line="42"/>
        <source>That service keeps data from the customer&apos;s last visit, so there is no end of relationship to record; nothing was changed.</source>
        <translation>该服务的数据从客户最近一次到访起计算保存期限，因此无需记录客户关系结束；没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/retention.py" line="48"/>
        <source>A relationship cannot end in the future; choose today or an earlier day.</source>
        <translation>客户关系结束日期不能是将来的日期；请选择今天或更早的日期。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/retention.py" line="53"/>
        <source>A relationship cannot end before the customer registered for the service; choose the day they registered or a later one.</source>
        <translation>客户关系的结束日期不能早于客户登记该服务的日期；请选择登记当天或之后的日期。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/retention.py" line="59"/>
        <source>Type why the data must be kept, in at most {limit} characters (for example the claim or case it is needed for).</source>
        <translation>请填写必须保留这些数据的原因，不超过 {limit} 个字符（例如需要用到这些数据的索赔或案件）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/retention.py" line="65"/>
        <source>This customer is already on legal hold; refresh the record to see it.</source>
        <translation>该客户已处于法律保全状态；请刷新记录查看。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/retention.py" line="71"/>
        <source>This customer is not on legal hold any more; refresh the record.</source>
        <translation>该客户已不再处于法律保全状态；请刷新记录。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="58"/>
        <source>The date received cannot be in the future; enter when the request arrived.</source>
        <translation>收到日期不能是将来的日期；请输入实际收到请求的日期。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="63"/>
        <source>Enter a date received within the last {days} days; older requests cannot be registered late.</source>
        <translation>请输入最近 {days} 天内的收到日期；更早的请求无法补登记。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="69"/>
        <source>Shorten the note to at most {max_length} characters.</source>
        <translation>请将备注缩短到 {max_length} 个字符以内。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="74"/>
        <source>Enter the requester&apos;s name, in at most {max_length} characters.</source>
        <translation>请输入请求人的姓名，最多 {max_length} 个字符。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="79"/>
        <source>Enter how to send the answer (a phone number, e-mail or postal address), in at most {max_length} characters.</source>
        <translation>请输入答复的发送方式（电话号码、电子邮箱或邮寄地址），最多 {max_length} 个字符。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="85"/>
        <source>A manager completes this request, after searching all customers for the person; you can refuse it or leave it to a manager.</source>
        <translation>此请求须由经理在所有客户中查找此人后完成；您可以拒绝该请求，或交由经理处理。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="91"/>
        <source>That rights request no longer exists; refresh the list.</source>
        <translation>该权利请求已不存在；请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="97"/>
        <source>This request has already been answered; refresh to see its outcome.</source>
        <translation>此请求已答复；请刷新查看处理结果。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="102"/>
        <source>The customer&apos;s identity has already been verified for this request; refresh to see who verified it.</source>
        <translation>此请求的客户身份已核验；请刷新查看核验人。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="108"/>
        <source>Verify the customer&apos;s identity before completing the request.</source>
        <translation>请先核验客户身份，再完成此请求。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="113"/>
        <source>Write the answer given to the customer, in at most {max_length} characters.</source>
        <translation>请填写给客户的答复，不超过 {max_length} 个字符。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="118"/>
        <source>Explain to the customer why the request is refused, in at most {max_length} characters.</source>
        <translation>请向客户说明拒绝此请求的原因，不超过 {max_length} 个字符。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="124"/>
        <source>A deletion request is completed by destroying the customer&apos;s data; a manager approves it in the destruction queue.</source>
        <translation>删除请求通过销毁客户数据来完成；由经理在待销毁队列中批准。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/sharing.py" line="38"/>
        <source>The customer has not agreed to sharing with this recipient (or withdrew it), so nothing may be shared; ask for their consent first.</source>
        <translation>客户未同意向此接收方提供数据（或已撤回同意），因此不得提供；请先征得客户同意。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/sharing.py" line="44"/>
        <source>This recipient is not a third party of a service the customer uses; choose one of the recipients listed for this customer.</source>
        <translation>此接收方不是该客户所用服务的第三方；请从为该客户列出的接收方中选择。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/sharing.py" line="50"/>
        <source>Tick at least one of the fields listed for this customer, each once.</source>
        <translation>请从为该客户列出的字段中至少勾选一项，每项只能勾选一次。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/sharing.py" line="55"/>
        <source>Describe what the data is shared for in 1 to {limit} characters.</source>
        <translation>请用 1 到 {limit} 个字符说明提供数据的用途。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/sharing.py" line="60"/>
        <source>Choose the legal basis for sharing from the list.</source>
        <translation>请从列表中选择提供数据的法律依据。</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="38"/>
        <source>business name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="39"/>
        <source>display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/validators.py" line="40"/>
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
    <message>
        <location filename="../../clientsafe/services/offerings.py" line="22"/>
        <source>service name</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/offerings.py" line="23"/>
        <source>recipient name</source>
        <translation>接收方名称</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../clientsafe/core/import_flow.py" line="39"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/import_flow.py" line="40"/>
        <source>Choose the service</source>
        <translation>选择服务</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/import_flow.py" line="41"/>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/import_flow.py" line="42"/>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/import_flow.py" line="43"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/import_flow.py" line="44"/>
        <source>Done</source>
        <translation>完成</translation>
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
        <location filename="../../clientsafe/core/roles.py" line="74"/>
        <source>view customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="75"/>
        <source>create customers</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="76"/>
        <source>view transactions</source>
        <translation>查看交易</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="77"/>
        <source>view staff accounts</source>
        <translation>查看员工账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="78"/>
        <source>manage staff accounts</source>
        <translation>管理员工账户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="79"/>
        <source>check the vault</source>
        <translation>检查保险库</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="80"/>
        <source>open customer records</source>
        <translation>打开客户记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="81"/>
        <source>ask to see masked fields</source>
        <translation>申请查看遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="82"/>
        <source>approve seeing masked fields</source>
        <translation>审批查看遮盖字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="83"/>
        <source>change the security settings</source>
        <translation>修改安全设置</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="84"/>
        <source>see security alerts</source>
        <translation>查看安全警报</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="85"/>
        <source>export or print customers</source>
        <translation>导出或打印客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="86"/>
        <source>verify the audit trail</source>
        <translation>核验审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="87"/>
        <source>view the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="88"/>
        <source>see who accessed a customer</source>
        <translation>查看谁访问过客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="90"/>
        <source>export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="91"/>
        <source>manage the field catalog</source>
        <translation>管理字段目录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="92"/>
        <source>define services and ask to collect fields</source>
        <translation>定义服务并申请收集字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="94"/>
        <source>approve which fields are collected</source>
        <translation>审批要收集的字段</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="96"/>
        <source>record consent renewals and withdrawals</source>
        <translation>记录同意的重新确认和撤回</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="98"/>
        <source>rotate the encryption keys</source>
        <translation>轮换加密密钥</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="99"/>
        <source>import customers from a spreadsheet</source>
        <translation>从电子表格导入客户</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="101"/>
        <source>make backups</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="102"/>
        <source>restore backups and run restore drills</source>
        <translation>恢复备份并进行恢复演练</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="104"/>
        <source>make marketing contact lists</source>
        <translation>制作营销联系名单</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="106"/>
        <source>record data shared with third parties</source>
        <translation>记录向第三方提供的数据</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="108"/>
        <source>register and answer customers&apos; rights requests</source>
        <translation>登记和答复客户的权利请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="110"/>
        <source>correct customer details</source>
        <translation>更正客户信息</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="111"/>
        <source>produce a customer&apos;s access report</source>
        <translation>生成客户的查阅报告</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="113"/>
        <source>end relationships and place legal holds</source>
        <translation>结束客户关系和设置法律保全</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/roles.py" line="115"/>
        <source>approve destroying customer data</source>
        <translation>批准销毁客户数据</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../clientsafe/core/restore_flow.py" line="50"/>
        <source>Choose the backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/restore_flow.py" line="51"/>
        <source>Check the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/restore_flow.py" line="52"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/restore_flow.py" line="53"/>
        <source>What it holds</source>
        <translation>备份内容</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/restore_flow.py" line="54"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/restore_flow.py" line="55"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/restore_flow.py" line="56"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="32"/>
        <source>Customer record (name and name search keys)</source>
        <translation>客户记录（姓名及姓名检索键）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="33"/>
        <source>Encrypted field values</source>
        <translation>加密字段值</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="34"/>
        <source>Look-up index entries</source>
        <translation>查找索引条目</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="35"/>
        <source>Transactions</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="36"/>
        <source>Payments (link to the customer and description erased; date and amount kept for the accounts)</source>
        <translation>付款记录（已解除与客户的关联并清除说明；日期和金额保留以备账务）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="39"/>
        <source>Consent records (with signatures)</source>
        <translation>同意记录（含签名）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="40"/>
        <source>Consent decisions</source>
        <translation>同意选项</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="41"/>
        <source>Service enrolments</source>
        <translation>服务登记</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="42"/>
        <source>Sharing register entries</source>
        <translation>共享登记条目</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="43"/>
        <source>Correction history entries</source>
        <translation>更正历史记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="44"/>
        <source>Legal hold records</source>
        <translation>法律保全记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="45"/>
        <source>Requests to see masked fields</source>
        <translation>查看遮盖字段的申请</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="46"/>
        <source>Approvals to see masked fields</source>
        <translation>查看遮盖字段的批准</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="47"/>
        <source>Rights requests (notes and answers erased; dates kept)</source>
        <translation>权利请求（备注和答复已清除，日期保留）</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="58"/>
        <source>Retention period ended</source>
        <translation>保存期限已届满</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="59"/>
        <source>Deletion request</source>
        <translation>删除请求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="62"/>
        <source>End of relationship</source>
        <translation>客户关系结束</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/retention.py" line="63"/>
        <source>Last visit</source>
        <translation>最近一次到访</translation>
    </message>
</context>
<context>
    <name>reveal_reasons</name>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="80"/>
        <source>Verify the customer&apos;s identity</source>
        <translation>核实客户身份</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="81"/>
        <source>The customer asked to see their data</source>
        <translation>客户要求查看本人信息</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="83"/>
        <source>Correct the customer&apos;s record</source>
        <translation>更正客户记录</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="84"/>
        <source>A legal or regulatory request</source>
        <translation>法律或监管要求</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/field_access.py" line="85"/>
        <source>Other (explain below)</source>
        <translation>其他（请在下方说明）</translation>
    </message>
</context>
<context>
    <name>rights</name>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="50"/>
        <source>Access</source>
        <translation>查阅</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="51"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="52"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="53"/>
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="54"/>
        <source>Withdrawal of consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="55"/>
        <source>Objection</source>
        <translation>反对处理</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="58"/>
        <source>At the counter</source>
        <translation>在前台办理</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="59"/>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="60"/>
        <source>By e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="61"/>
        <source>By letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="62"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="65"/>
        <source>Identity document seen</source>
        <translation>已查验身份证件</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="66"/>
        <source>Confirmed on contact details held</source>
        <translation>已通过预留联系方式确认</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="67"/>
        <source>Known in person</source>
        <translation>本人当面确认</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="70"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="71"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="72"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/rights.py" line="73"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/rights_requests.py" line="52"/>
        <source>Identity verified; the customer&apos;s data is queued for destruction once a manager approves it.</source>
        <translation>身份已核验；客户数据已列入待销毁队列，经理批准后即会销毁。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/destruction.py" line="49"/>
        <source>Completed: the customer&apos;s personal data was destroyed (certificate {number}).</source>
        <translation>已完成：该客户的个人信息已销毁（销毁证明 {number}）。</translation>
    </message>
    <message>
        <location filename="../../clientsafe/services/destruction.py" line="51"/>
        <source>Closed: the customer&apos;s personal data was destroyed (certificate {number}); nothing is held about them any more.</source>
        <translation>已关闭：该客户的个人信息已销毁（销毁证明 {number}），我们不再持有其任何信息。</translation>
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
<context>
    <name>sharing</name>
    <message>
        <location filename="../../clientsafe/core/sharing.py" line="20"/>
        <source>The customer&apos;s consent</source>
        <translation>客户的同意</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/sharing.py" line="21"/>
        <source>Needed to deliver the service</source>
        <translation>提供服务所必需</translation>
    </message>
    <message>
        <location filename="../../clientsafe/core/sharing.py" line="22"/>
        <source>Required by law</source>
        <translation>法律要求</translation>
    </message>
</context>
</TS>
