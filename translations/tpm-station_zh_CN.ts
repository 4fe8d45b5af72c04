<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Verify, list or checkpoint the station&apos;s audit trail.</source>
        <translation>验证、列出工作站的审计跟踪，或为其创建检查点。</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>工作站数据库。</translation>
    </message>
    <message>
        <source>Only events of this device (list).</source>
        <translation>仅此设备的事件 (list)。</translation>
    </message>
    <message>
        <source>First sequence number (list).</source>
        <translation>起始序号 (list)。</translation>
    </message>
    <message>
        <source>Number of events (list).</source>
        <translation>事件数量 (list)。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>Operator doing the export (password from STATION_PASSWORD or stdin).</source>
        <translation>执行导出的操作员（密码取自 STATION_PASSWORD 或 stdin）。</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>必须指定 --db 路径。</translation>
    </message>
    <message>
        <source>TAMPERED: %1</source>
        <translation>已篡改：%1</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>必须指定 --out 文件。</translation>
    </message>
    <message>
        <source>Checkpoint signed at audit event %1.</source>
        <translation>已在审计事件 %1 处签署检查点。</translation>
    </message>
    <message>
        <source>The latest checkpoint already covers the whole trail.</source>
        <translation>最新的检查点已覆盖整个审计跟踪。</translation>
    </message>
    <message>
        <source>The audit trail is empty: there is nothing to witness.</source>
        <translation>审计跟踪为空：没有可见证的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Witnessed checkpoint (audit event %1) written to %2; key fingerprint %3.</source>
        <translation>已将见证检查点（审计事件 %1）写入 %2；密钥指纹 %3。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>--passphrase-fd takes a file descriptor.</source>
        <translation>--passphrase-fd 需要一个文件描述符。</translation>
    </message>
    <message>
        <source>New admin passphrase for the station key: </source>
        <translation>工作站密钥的新管理员密码短语： </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再次输入相同的密码短语： </translation>
    </message>
    <message>
        <source>The two passphrases differ; the station key was not changed.</source>
        <translation>两次输入的密码短语不同；工作站密钥未更改。</translation>
    </message>
    <message>
        <source>No passphrase was given (--passphrase-fd N, or a terminal); the station key was not changed.</source>
        <translation>未提供密码短语（--passphrase-fd N 或终端）；工作站密钥未更改。</translation>
    </message>
    <message>
        <source>The station key %1 is now protected by the admin&apos;s passphrase.</source>
        <translation>工作站密钥 %1 现已受管理员密码短语保护。</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli audit verify|list|checkpoint|export|public-key|protect-key --db PATH [--json]</source>
        <translation>用法：tpm-station-cli audit verify|list|checkpoint|export|public-key|protect-key --db 路径 [--json]</translation>
    </message>
    <message>
        <source>Export file (export), witnessed checkpoint (checkpoint) or public key (public-key).</source>
        <translation>导出文件 (export)、见证检查点 (checkpoint) 或公钥 (public-key)。</translation>
    </message>
    <message>
        <source>The station&apos;s public key, as the auditor keeps it (verify).</source>
        <translation>审计员保存的工作站公钥 (verify)。</translation>
    </message>
    <message>
        <source>The pinned SHA-256 fingerprint of the public key (verify).</source>
        <translation>公钥的固定 SHA-256 指纹 (verify)。</translation>
    </message>
    <message>
        <source>Read the admin&apos;s new passphrase from this file descriptor (protect-key).</source>
        <translation>从此文件描述符读取管理员的新密码短语 (protect-key)。</translation>
    </message>
    <message>
        <source>The auditor&apos;s last witnessed checkpoint (verify).</source>
        <translation>审计员最近一次见证的检查点 (verify)。</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported to %1, signed at event %2.</source>
        <translation>
            <numerusform>已将 %n 个审计事件导出到 %1，签名于事件 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>No export file given.</source>
        <translation>未指定导出文件。</translation>
    </message>
    <message>
        <source>The export could not be checkpointed.</source>
        <translation>无法为此导出创建检查点。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>No output directory given.</source>
        <translation>未指定输出目录。</translation>
    </message>
    <message>
        <source>Choose at least one of csv, json and pdf.</source>
        <translation>请至少选择 csv、json 和 pdf 中的一种。</translation>
    </message>
    <message>
        <source>--from and --to take ISO 8601 times, e.g. 2026-11-21 or 2026-11-21T14:00:00Z.</source>
        <translation>--from 和 --to 需要 ISO 8601 时间，例如 2026-11-21 或 2026-11-21T14:00:00Z。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>时间段的结束早于开始。</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>输出目录 %1 不为空。</translation>
    </message>
    <message>
        <source>No batch &apos;%1&apos;.</source>
        <translation>没有批次“%1”。</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>%1 holds no complete audit export (verification.json, audit-events.json).</source>
        <translation>%1 中没有完整的审计导出（verification.json、audit-events.json）。</translation>
    </message>
    <message>
        <source>Audit report - TPM Provisioning Station</source>
        <translation>审计报告 - TPM 预配工作站</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>工作站：%1</translation>
    </message>
    <message>
        <source>Software version: %1</source>
        <translation>软件版本：%1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>时间段：%1 至 %2</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>第一个事件</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>导出时</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <source>Exported %1 by %2 (%3)</source>
        <translation>导出时间 %1，导出人 %2 (%3)</translation>
    </message>
    <message>
        <source>Events in this report: %1 (sequence %2 to %3)</source>
        <translation>本报告中的事件：%1（序号 %2 至 %3）</translation>
    </message>
    <message>
        <source>Verification verdict</source>
        <translation>验证结论</translation>
    </message>
    <message>
        <source>VERDICT: INTACT</source>
        <translation>结论：完好</translation>
    </message>
    <message>
        <source>VERDICT: TAMPERED</source>
        <translation>结论：已篡改</translation>
    </message>
    <message>
        <source>Events verified: %1; signed checkpoints: %2; last checkpoint at event %3.</source>
        <translation>已验证事件：%1；已签名检查点：%2；最后检查点位于事件 %3。</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>(station software or unknown)</source>
        <translation>（工作站软件或未知）</translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>此时间段内没有。</translation>
    </message>
    <message>
        <source>%1  %2 (%3) signed meaning &quot;%4&quot; for %5 %6; reason: %7</source>
        <translation>%1  %2 (%3) 以“%4”的含义为 %5 %6 签名；原因：%7</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit event %1 is out of order: it was chained after event %2.</source>
        <translation>审计事件 %1 顺序错乱：它被链接在事件 %2 之后。</translation>
    </message>
    <message>
        <source>Audit event %1 was inserted: event %2 already has a successor.</source>
        <translation>审计事件 %1 是被插入的：事件 %2 已有后继事件。</translation>
    </message>
    <message>
        <source>Audit event %1 was inserted: it is not part of the chain after event %2.</source>
        <translation>审计事件 %1 是被插入的：它不属于事件 %2 之后的链。</translation>
    </message>
    <message>
        <source>One or more audit events are missing between event %1 and event %2.</source>
        <translation>事件 %1 与事件 %2 之间缺少一个或多个审计事件。</translation>
    </message>
    <message>
        <source>Audit event %1 was altered: its content no longer matches its hash.</source>
        <translation>审计事件 %1 已被修改：其内容与其哈希不再匹配。</translation>
    </message>
    <message>
        <source>The append-only protection %1 of the audit records was removed or changed.</source>
        <translation>审计记录的只追加保护 %1 已被删除或更改。</translation>
    </message>
    <message>
        <source>The last audit event has no valid hash.</source>
        <translation>最后一个审计事件没有有效的哈希。</translation>
    </message>
    <message>
        <source>The checkpoint file %1 belongs to another station.</source>
        <translation>检查点文件 %1 属于另一个工作站。</translation>
    </message>
    <message>
        <source>The checkpoint file %1 is unreadable.</source>
        <translation>检查点文件 %1 无法读取。</translation>
    </message>
    <message>
        <source>The checkpoint at audit event %1 does not carry a valid signature of this station.</source>
        <translation>审计事件 %1 处的检查点没有本工作站的有效签名。</translation>
    </message>
    <message>
        <source>Two checkpoints disagree about audit event %1.</source>
        <translation>两个检查点对审计事件 %1 的记录不一致。</translation>
    </message>
    <message>
        <source>Audit event %1 is out of sequence.</source>
        <translation>审计事件 %1 序号错乱。</translation>
    </message>
    <message>
        <source>Audit event %1 is missing.</source>
        <translation>缺少审计事件 %1。</translation>
    </message>
    <message>
        <source>Audit events %1 to %2 are missing.</source>
        <translation>缺少审计事件 %1 至 %2。</translation>
    </message>
    <message>
        <source>The audit trail between events %1 and %2 was rewritten: it no longer matches the signed checkpoint at event %2.</source>
        <translation>事件 %1 与 %2 之间的审计跟踪已被改写：它与事件 %2 处的已签名检查点不再匹配。</translation>
    </message>
    <message>
        <source>The audit trail was truncated: events %1 to %2, vouched for by a signed checkpoint, are missing from its end.</source>
        <translation>审计跟踪已被截断：末尾缺少由已签名检查点担保的事件 %1 至 %2。</translation>
    </message>
    <message>
        <source>The audit trail is intact (events: %1, signed checkpoints: %2).</source>
        <translation>审计跟踪完好（事件：%1，已签名检查点：%2）。</translation>
    </message>
    <message>
        <source>The public key has fingerprint %1, not the pinned fingerprint %2.</source>
        <translation>公钥的指纹为 %1，而不是固定的指纹 %2。</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>%1 names the checkpoint key %2, not the trusted key %3: the station key was replaced.</source>
        <translation>%1 指定的检查点密钥为 %2，而不是受信任的密钥 %3：工作站密钥已被替换。</translation>
    </message>
    <message>
        <source>Cannot read the witnessed checkpoint %1: %2</source>
        <translation>无法读取见证检查点 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a signed checkpoint note.</source>
        <translation>%1 不是已签名的检查点记录。</translation>
    </message>
    <message>
        <source>The witnessed checkpoint %1 is of %2, not of this station (%3).</source>
        <translation>见证检查点 %1 属于 %2，而不是本工作站 (%3)。</translation>
    </message>
    <message>
        <source>The witnessed checkpoint %1 (event %2) carries no valid signature of the trusted key %3: the key or the checkpoint was replaced.</source>
        <translation>见证检查点 %1（事件 %2）没有受信任密钥 %3 的有效签名：密钥或检查点已被替换。</translation>
    </message>
    <message numerus="yes">
        <source>The checkpoint file %1 is missing: the station mirrors its latest signed checkpoint there (the database holds %n signed checkpoints).</source>
        <translation>
            <numerusform>检查点文件 %1 缺失：工作站会将其最新的已签名检查点镜像到该文件（数据库中有 %n 个已签名检查点）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The checkpoint at audit event %1 is signed by another key (%2), not the trusted key %3.</source>
        <translation>审计事件 %1 处的检查点由另一个密钥 (%2) 签名，而不是受信任的密钥 %3。</translation>
    </message>
    <message>
        <source>The trail&apos;s checkpoint at audit event %1 disagrees with the witnessed checkpoint: the trail was rewritten and re-signed.</source>
        <translation>审计跟踪在审计事件 %1 处的检查点与见证检查点不一致：审计跟踪已被改写并重新签名。</translation>
    </message>
</context>
<context>
    <name>AuthenticationKeyBlob</name>
    <message>
        <source>The DPS authentication key is damaged (%1). Repeat the QA check; if it fails again, call a supervisor.</source>
        <translation>DPS 身份验证密钥已损坏 (%1)。请重新进行 QA 检查；如果再次失败，请呼叫主管。</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Import a DPS bulk enrollment result: mark each device of the operation uploaded or failed.</source>
        <translation>导入 DPS 批量注册结果：将该操作中的每个设备标记为已上传或失败。</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>工作站数据库。</translation>
    </message>
    <message>
        <source>Bulk operation number (default: from the file name bulk-NNNN...).</source>
        <translation>批量操作编号（默认：取自文件名 bulk-NNNN...）。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>The DPS bulk result JSON.</source>
        <translation>DPS 批量结果 JSON。</translation>
    </message>
    <message>
        <source>--operation takes a number from 1.</source>
        <translation>--operation 需要一个从 1 开始的数字。</translation>
    </message>
    <message>
        <source>Batch %1, operation %2: %3 uploaded, %4 failed.</source>
        <translation>批次 %1，操作 %2：%3 个已上传，%4 个失败。</translation>
    </message>
    <message>
        <source>Batch UUID or name (default: from the manifest.json next to FILE).</source>
        <translation>批次 UUID 或名称（默认：取自 文件 旁边的 manifest.json）。</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli batch import-result --db PATH --as ID [--batch UUID|NAME] [--operation N] FILE</source>
        <translation>用法：tpm-station-cli batch import-result --db 路径 --as ID [--batch UUID|名称] [--operation N] 文件</translation>
    </message>
    <message>
        <source>The operator importing (password from STATION_PASSWORD or stdin).</source>
        <translation>执行导入的操作员（密码取自 STATION_PASSWORD 或 stdin）。</translation>
    </message>
</context>
<context>
    <name>CaDirectory</name>
    <message>
        <source>(empty subject)</source>
        <translation>（空主题）</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a CA certificate (no basicConstraints cA:TRUE). A roots directory holds TPM manufacturer CA certificates only: remove this file.</source>
        <translation>%1：“%2”不是 CA 证书（没有 basicConstraints cA:TRUE）。根证书目录只能存放 TPM 制造商 CA 证书：请删除此文件。</translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; expired on %3. EK certificates that need it are judged expired; ask the TPM vendor for its successor.</source>
        <translation>%1：CA“%2”已于 %3 过期。依赖它的 EK 证书将被判定为已过期；请向 TPM 供应商索取其后继证书。</translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; is not valid before %3. Check the station&apos;s clock.</source>
        <translation>%1：CA“%2”在 %3 之前无效。请检查工作站的时钟。</translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; (SHA-256 %3) is NOT in the station&apos;s manifest of known TPM vendor CAs. Check where this file came from before trusting it.</source>
        <translation>%1：CA“%2”(SHA-256 %3) 不在工作站的已知 TPM 供应商 CA 清单中。信任它之前，请核实此文件的来源。</translation>
    </message>
    <message>
        <source>%1 — NOT in the manifest of known TPM vendor CAs</source>
        <translation>%1 — 不在已知 TPM 供应商 CA 清单中</translation>
    </message>
</context>
<context>
    <name>CentralAuditSource</name>
    <message>
        <source>The checkpoint of station %1 at audit event %2 has no verdict yet: run &apos;tpm-station-cli central verify&apos;.</source>
        <translation>工作站 %1 在审计事件 %2 处的检查点尚无验证结论：请运行 &apos;tpm-station-cli central verify&apos;。</translation>
    </message>
    <message>
        <source>No signed checkpoint of station %1 has reached the factory database.</source>
        <translation>工作站 %1 尚无已签名的检查点到达工厂数据库。</translation>
    </message>
    <message numerus="yes">
        <source>The factory database holds station %1&apos;s trail intact: %n event(s), every checkpoint verified against the pinned key.</source>
        <translation>
            <numerusform>工厂数据库中工作站 %1 的审计链完好：%n 个事件，每个检查点均已用固定的密钥验证。</numerusform>
        </translation>
    </message>
    <message>
        <source>The factory database flags station %1&apos;s trail at audit event %2 (%3): %4</source>
        <translation>工厂数据库标记了工作站 %1 的审计链在审计事件 %2 处的问题（%3）：%4</translation>
    </message>
</context>
<context>
    <name>CentralEkRegistry</name>
    <message numerus="yes">
        <source>No answer within the time-out of %n second(s): %1</source>
        <translation>
            <numerusform>在 %n 秒的超时时间内没有应答：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CentralExports</name>
    <message>
        <source>&apos;%1&apos; is not a station ID (a UUID).</source>
        <translation>&apos;%1&apos; 不是工作站 ID（UUID）。</translation>
    </message>
    <message>
        <source>Station %1 has sent nothing to the factory database %2.</source>
        <translation>工作站 %1 尚未向工厂数据库 %2 发送任何内容。</translation>
    </message>
    <message>
        <source>A batch from the factory database takes each device once: --reexport is for a station&apos;s own batches.</source>
        <translation>来自工厂数据库的批次每台设备只收录一次：--reexport 仅适用于工作站自己的批次。</translation>
    </message>
    <message>
        <source>its EK (station %1) was also seen on %2: a DPS batch never takes an EK seen on more than one device</source>
        <translation>其 EK（工作站 %1）也出现在 %2 上：DPS 批次绝不收录在多台设备上出现过的 EK</translation>
    </message>
    <message>
        <source>The batch was written and signed, but the factory database did not record it: %1</source>
        <translation>批次已写入并签名，但工厂数据库未记录它：%1</translation>
    </message>
</context>
<context>
    <name>CentralSchema</name>
    <message>
        <source>The factory database %1 has no station schema yet: run &apos;tpm-station-cli central init --central URL&apos; first.</source>
        <translation>工厂数据库 %1 尚无工作站架构：请先运行 &apos;tpm-station-cli central init --central URL&apos;。</translation>
    </message>
    <message>
        <source>The factory database %1 has schema version %2, newer than this station software (%3): update the station software.</source>
        <translation>工厂数据库 %1 的架构版本为 %2，比此工作站软件（%3）更新：请更新工作站软件。</translation>
    </message>
    <message>
        <source>The factory database %1 has schema version %2, older than this station software (%3): run &apos;tpm-station-cli central init&apos; to migrate it.</source>
        <translation>工厂数据库 %1 的架构版本为 %2，比此工作站软件（%3）更旧：请运行 &apos;tpm-station-cli central init&apos; 进行迁移。</translation>
    </message>
</context>
<context>
    <name>CentralVerifier</name>
    <message>
        <source>Station %1 has no pinned checkpoint key: its checkpoint at audit event %2 cannot be verified (pin it with &apos;tpm-station-cli central pin&apos;).</source>
        <translation>工作站 %1 没有固定的检查点密钥：其在审计事件 %2 处的检查点无法验证（请用 &apos;tpm-station-cli central pin&apos; 固定）。</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 is not signed.</source>
        <translation>工作站 %1 在审计事件 %2 处的检查点未签名。</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 does not carry a valid signature.</source>
        <translation>工作站 %1 在审计事件 %2 处的检查点没有有效签名。</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 is signed by another key (%3), not the pinned key %4.</source>
        <translation>工作站 %1 在审计事件 %2 处的检查点由另一个密钥 (%3) 签名，而不是固定的密钥 %4。</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 signs a hash that the factory database&apos;s chain does not have at that event.</source>
        <translation>工作站 %1 在审计事件 %2 处的检查点签署的哈希值与工厂数据库的链在该事件处的哈希值不符。</translation>
    </message>
    <message>
        <source>A station ID (a UUID) and an Ed25519 public key are needed to pin a key.</source>
        <translation>固定密钥需要工作站 ID（UUID）和 Ed25519 公钥。</translation>
    </message>
    <message>
        <source>Station %1 already has the pinned key %2: a station never makes a new key for an existing trail, so the factory database keeps the first one.</source>
        <translation>工作站 %1 已有固定的密钥 %2：工作站从不为已有的审计记录生成新密钥，因此工厂数据库保留第一个密钥。</translation>
    </message>
</context>
<context>
    <name>Checkpoints</name>
    <message>
        <source>The station key %1 is accessible to other users; it must be readable by its owner only (chmod 600).</source>
        <translation>其他用户可以访问工作站密钥 %1；它必须仅对其所有者可读 (chmod 600)。</translation>
    </message>
    <message>
        <source>Cannot read the station key %1: %2</source>
        <translation>无法读取工作站密钥 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 station key.</source>
        <translation>%1 不是 Ed25519 工作站密钥。</translation>
    </message>
    <message>
        <source>Cannot generate the station key.</source>
        <translation>无法生成工作站密钥。</translation>
    </message>
    <message>
        <source>Cannot encode the station key.</source>
        <translation>无法编码工作站密钥。</translation>
    </message>
    <message>
        <source>Cannot create the station key %1: %2</source>
        <translation>无法创建工作站密钥 %1：%2</translation>
    </message>
    <message>
        <source>There is no station key at %1.</source>
        <translation>%1 处没有工作站密钥。</translation>
    </message>
    <message>
        <source>Cannot sign with the station key.</source>
        <translation>无法使用工作站密钥签名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The station key %1 is protected by the admin&apos;s passphrase: unlock it (tpm-station-cli --key-passphrase-fd N …, or at the prompt).</source>
        <translation>工作站密钥 %1 受管理员密码短语保护：请将其解锁（tpm-station-cli --key-passphrase-fd N …，或在提示时输入）。</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the station key %1.</source>
        <translation>该密码短语无法解锁工作站密钥 %1。</translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation>无法读取公钥 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key (PEM &quot;BEGIN PUBLIC KEY&quot;); verifying needs only the station&apos;s public key, never its private key.</source>
        <translation>%1 不是 Ed25519 公钥（PEM &quot;BEGIN PUBLIC KEY&quot;）；验证只需要工作站的公钥，绝不需要其私钥。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.

%2</source>
        <translation>未知命令“%1”。

%2</translation>
    </message>
    <message>
        <source>Options before the command:
  --lang L                 the language of the messages (de, zh_CN, ...; default: STATION_LANG, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
  --key-passphrase-fd N    unlock a station key protected by the admin&apos;s passphrase from descriptor N (else asked at the terminal)
  --version                the version, git revision, build date and the versions of Qt, tpm2-tss, OpenSSL and SQLite in use
  --help                   this text</source>
        <translation>命令前的选项：
  --lang L                 消息语言（de、zh_CN 等；默认：STATION_LANG，其次 LANGUAGE、LC_ALL、LC_MESSAGES、LANG）
  --key-passphrase-fd N    从描述符 N 读取密码短语，解锁受管理员密码短语保护的工作站密钥（否则在终端询问）
  --version                版本、Git 修订版本、构建日期，以及所用 Qt、tpm2-tss、OpenSSL 和 SQLite 的版本
  --help                   本帮助文本</translation>
    </message>
    <message>
        <source>--lang needs a language, for example --lang de.</source>
        <translation>--lang 需要指定一种语言，例如 --lang de。</translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not available; the messages are in English.</source>
        <translation>语言“%1”不可用；消息将以英文显示。</translation>
    </message>
    <message>
        <source>--key-passphrase-fd takes a file descriptor.</source>
        <translation>--key-passphrase-fd 需要一个文件描述符。</translation>
    </message>
    <message>
        <source>  --password-fd N          the password of the command&apos;s --as ID from descriptor N (one line), instead of STATION_PASSWORD or stdin</source>
        <translation>  --password-fd N          从描述符 N 读取命令的 --as ID 的密码（一行），而不是取自 STATION_PASSWORD 或 stdin</translation>
    </message>
    <message>
        <source>--password-fd takes a file descriptor.</source>
        <translation>--password-fd 需要一个文件描述符。</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli [--lang L] [--key-passphrase-fd N] &lt;command&gt; [options]

Commands:
  run                      run the station&apos;s main job on the simulated fleet
  line                     run the line over simulated devices into a station database
  audit verify|list|checkpoint|export|public-key|protect-key   check, witness or export the audit trail
  operator add|list|disable    manage operators
  rework                   order rework of a device (supervisor signature)
  sim create|start|stop|list   manage the simulated TPM fleet
  tpm info                 identify a TPM
  ek show|verify|regid|roots   the EK, its certificate verdict and DPS registration ID; the trust store
  lot import|list|show     incoming TPM lots: the vendor&apos;s delivery lists of EKs
  ownership take|clear|verify  step 3: take ownership (escrowed secrets); rework clear; fit to the device client
  escrow open              the owner&apos;s recovery of escrowed TPM authorizations
  profile pin-escrow       pin the profile&apos;s escrow certificate (an admin&apos;s signed change)
  firmware verify|settings verify a signed firmware release; read a TPM&apos;s provisioning settings
  export dps|audit|slot-keys  signed DPS enrollment batch; signed audit export (CSV, JSON, PDF);
                           slot keys for the cloud engineer (CMS-encrypted)
  batch import-result      import a DPS bulk enrollment result
  label                    device label (ZPL to a file or tcp:// printer, PNG preview)
  slot list|provision|sas|destroy|hwid   Limpet (Windows IoT Core) TPM slots on a bench TPM
  sync [status]            send the queued records to the factory database; show the queue
  central init             create or migrate the factory database&apos;s schema
  dashboard                the factory dashboard from the factory database

Run &apos;tpm-station-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>用法：tpm-station-cli [--lang L] [--key-passphrase-fd N] &lt;命令&gt; [选项]

命令：
  run                      在模拟设备群上运行工作站的主任务
  line                     在模拟设备上运行产线，写入工作站数据库
  audit verify|list|checkpoint|export|public-key|protect-key   检查、见证或导出审计跟踪
  operator add|list|disable    管理操作员
  rework                   安排设备返修（主管签名）
  sim create|start|stop|list   管理模拟 TPM 设备群
  tpm info                 识别 TPM
  ek show|verify|regid|roots   EK、其证书判定结果和 DPS 注册 ID；trust store
  lot import|list|show     来料 TPM lot：供应商提供的 EK 交货清单
  ownership take|clear|verify  步骤 3：获取所有权（托管机密）；返修清除；检查与设备客户端的匹配
  escrow open              所有者恢复托管的 TPM 授权
  profile pin-escrow       固定配置文件的托管证书（管理员签名的更改）
  firmware verify|settings 验证已签名的固件版本；读取 TPM 的预配设置
  export dps|audit|slot-keys  已签名的 DPS 注册批次；已签名的审计导出（CSV、JSON、PDF）；
                           供云工程师使用的槽位密钥（CMS 加密）
  batch import-result      导入 DPS 批量注册结果
  label                    设备标签（ZPL 写入文件或 tcp:// 打印机，PNG 预览）
  slot list|provision|sas|destroy|hwid   测试台 TPM 上的 Limpet (Windows IoT Core) TPM 槽位
  sync [status]            将排队的记录发送到工厂数据库；显示队列
  central init             创建或迁移工厂数据库的架构
  dashboard                来自工厂数据库的工厂仪表板

运行 &apos;tpm-station-cli &lt;命令&gt; --help&apos; 查看某个命令的选项。</translation>
    </message>
</context>
<context>
    <name>CliAuth</name>
    <message>
        <source>--as ID is required: the operator doing this.</source>
        <translation>必须指定 --as ID：执行此操作的操作员。</translation>
    </message>
</context>
<context>
    <name>CliSecrets</name>
    <message>
        <source>Admin passphrase of the station key %1: </source>
        <translation>工作站密钥 %1 的管理员密码短语： </translation>
    </message>
</context>
<context>
    <name>CmsEscrow</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not an X.509 certificate (PEM or DER)</source>
        <translation>不是 X.509 证书（PEM 或 DER）</translation>
    </message>
    <message>
        <source>the escrow certificate has expired</source>
        <translation>托管证书已过期</translation>
    </message>
    <message>
        <source>the escrow certificate is not valid yet</source>
        <translation>托管证书尚未生效</translation>
    </message>
    <message>
        <source>the certificate&apos;s public key cannot be read</source>
        <translation>无法读取证书的公钥</translation>
    </message>
    <message>
        <source>the escrow certificate must carry an RSA (2048 bits or more) or an EC key, not %1</source>
        <translation>托管证书必须带有 RSA（2048 位或以上）或 EC 密钥，而不是 %1</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted private key (PEM or DER)</source>
        <translation>%1 不是未加密的私钥（PEM 或 DER）</translation>
    </message>
    <message>
        <source>escrow encryption failed</source>
        <translation>托管加密失败</translation>
    </message>
    <message>
        <source>the escrow record is not a CMS EnvelopedData</source>
        <translation>托管记录不是 CMS EnvelopedData</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the escrow record does not open with this key (wrong owner key?)</source>
        <translation>无法用此密钥打开托管记录（所有者密钥错误？）</translation>
    </message>
    <message>
        <source>decryption failed</source>
        <translation>解密失败</translation>
    </message>
    <message>
        <source>encryption of a station secret failed</source>
        <translation>工作站机密加密失败</translation>
    </message>
    <message>
        <source>the key-encryption key must be 256 bits</source>
        <translation>密钥加密密钥必须为 256 位</translation>
    </message>
    <message>
        <source>the record is not a CMS EnvelopedData</source>
        <translation>该记录不是 CMS EnvelopedData</translation>
    </message>
    <message>
        <source>the record does not open with the station&apos;s key-encryption key</source>
        <translation>无法用工作站的密钥加密密钥打开该记录</translation>
    </message>
</context>
<context>
    <name>CommandFlasher</name>
    <message>
        <source>The programmer %1 could not be started. Ask a supervisor to check the station set-up.</source>
        <translation>无法启动烧录器 %1。请让主管检查工作站设置。</translation>
    </message>
    <message>
        <source>The programmer did not finish within %1 s and was stopped. The firmware is NOT flashed: check the programmer connection and try again.</source>
        <translation>烧录器未在 %1 秒内完成，已被停止。固件未烧录：请检查烧录器连接后重试。</translation>
    </message>
    <message>
        <source>Flashing was cancelled. The firmware is NOT flashed.</source>
        <translation>烧录已取消。固件未烧录。</translation>
    </message>
    <message>
        <source>The programmer reported an error (exit code %1). The firmware is NOT flashed: see the programmer log.</source>
        <translation>烧录器报告错误（退出代码 %1）。固件未烧录：请查看烧录器日志。</translation>
    </message>
    <message>
        <source>The %1 command of the programmer has no program. Ask a supervisor to check the product profile.</source>
        <translation>烧录器的 %1 命令未指定程序。请让主管检查产品配置文件。</translation>
    </message>
    <message>
        <source>The programmer&apos;s %1 command uses the unknown placeholder {%2}. Ask a supervisor to check the product profile.</source>
        <translation>烧录器的 %1 命令使用了未知占位符 {%2}。请让主管检查产品配置文件。</translation>
    </message>
    <message>
        <source>The read-back after flashing failed (exit code %1). The firmware is NOT confirmed: see the programmer log.</source>
        <translation>烧录后回读失败（退出代码 %1）。固件未确认：请查看烧录器日志。</translation>
    </message>
    <message>
        <source>The read-back command wrote no data. The firmware is NOT confirmed: see the programmer log.</source>
        <translation>回读命令未写出任何数据。固件未确认：请查看烧录器日志。</translation>
    </message>
    <message>
        <source>The device does not hold the image that was flashed (read-back differs). The firmware is NOT flashed: try again, then set the device aside.</source>
        <translation>设备中的映像与烧录的映像不符（回读数据不同）。固件未烧录：请重试，然后将设备放到一边。</translation>
    </message>
</context>
<context>
    <name>CredentialActivation</name>
    <message>
        <source>No endorsement key is persisted at 0x81010001: DPS attestation would fail. Send the device back to the EK step.</source>
        <translation>0x81010001 处没有持久化的背书密钥：DPS 证明将会失败。请将设备送回 EK 步骤。</translation>
    </message>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: DPS attestation would fail. Send the device back to the ownership step.</source>
        <translation>0x81000001 处没有持久化的存储根密钥 (SRK)：DPS 证明将会失败。请将设备送回所有权步骤。</translation>
    </message>
    <message>
        <source>The endorsement authorization of this TPM is set: DPS would fail, because the device proves its EK with an empty endorsement password. Send the device to rework.</source>
        <translation>此 TPM 的背书授权已设置：DPS 将会失败，因为设备要以空背书密码证明其 EK。请将设备送去返修。</translation>
    </message>
    <message>
        <source>The TPM could not activate the credential: it was made for another EK (or another SRK) than this TPM holds. Check that the device in the socket is the one recorded.</source>
        <translation>TPM 无法激活凭据：该凭据是为另一个 EK（或另一个 SRK）而不是此 TPM 所持有的密钥生成的。请检查测试座中的设备是否为记录中的设备。</translation>
    </message>
    <message>
        <source>The TPM refused to import the DPS key: it was not wrapped for this TPM&apos;s SRK. Send the device back to the ownership step.</source>
        <translation>TPM 拒绝导入 DPS 密钥：该密钥不是为此 TPM 的 SRK 封装的。请将设备送回所有权步骤。</translation>
    </message>
    <message>
        <source>The TPM refused the owner authorization needed to store the DPS key. Check the ownership record of this device.</source>
        <translation>TPM 拒绝了存储 DPS 密钥所需的所有者授权。请检查此设备的所有权记录。</translation>
    </message>
</context>
<context>
    <name>CredentialConfig</name>
    <message>
        <source>credentials.slot is missing: the mode %1 needs a Limpet slot (0 to 9).</source>
        <translation>缺少 credentials.slot：模式 %1 需要一个 Limpet 槽位（0 到 9）。</translation>
    </message>
    <message>
        <source>credentials.slot must be a whole number from 0 to 9.</source>
        <translation>credentials.slot 必须是 0 到 9 之间的整数。</translation>
    </message>
    <message>
        <source>credentials.hubHostName is missing: the IoT Hub the devices connect to.</source>
        <translation>缺少 credentials.hubHostName：设备所连接的 IoT Hub。</translation>
    </message>
    <message>
        <source>credentials.hubHostName: %1</source>
        <translation>credentials.hubHostName：%1</translation>
    </message>
    <message>
        <source>credentials.deviceIdPattern must contain {serial} or {registrationId}, so that every device gets its own IoT Hub device ID.</source>
        <translation>credentials.deviceIdPattern 必须包含 {serial} 或 {registrationId}，以便每台设备获得各自的 IoT Hub 设备 ID。</translation>
    </message>
    <message>
        <source>credentials.cloudCertificate is missing: exports that carry device keys are encrypted to the cloud engineer&apos;s certificate only.</source>
        <translation>缺少 credentials.cloudCertificate：含有设备密钥的导出只会用云工程师的证书加密。</translation>
    </message>
    <message>
        <source>credentials.cloudCertificate %1 is not a usable certificate: %2</source>
        <translation>credentials.cloudCertificate %1 不是可用的证书：%2</translation>
    </message>
    <message>
        <source>credentials.mode &quot;%1&quot; is not known: use dps-tpm, iothub-symmetric-slot or dps-symmetric-group.</source>
        <translation>credentials.mode“%1”未知：请使用 dps-tpm、iothub-symmetric-slot 或 dps-symmetric-group。</translation>
    </message>
    <message>
        <source>The product profile sets the owner authorization (ownership.setOwnerAuth), but the credential mode %1 keeps the device&apos;s key in a Limpet slot, and Limpet manages its slots through the owner hierarchy with an empty password. Leave setOwnerAuth false.</source>
        <translation>产品配置文件设置了所有者授权 (ownership.setOwnerAuth)，但凭据模式 %1 将设备密钥保存在 Limpet 槽位中，而 Limpet 通过所有者层次结构使用空密码管理其槽位。请将 setOwnerAuth 保持为 false。</translation>
    </message>
</context>
<context>
    <name>DashboardCommand</name>
    <message>
        <source>First-pass yield per step:</source>
        <translation>每个步骤的一次通过率：</translation>
    </message>
    <message>
        <source>  step %1: %2 of %3 passed (%4 %)</source>
        <translation>  步骤 %1：%3 个中 %2 个通过（%4 %）</translation>
    </message>
    <message>
        <source>Completed devices per station and hour (UTC):</source>
        <translation>每个工作站每小时完成的设备（UTC）：</translation>
    </message>
    <message>
        <source>Failure causes:</source>
        <translation>失败原因：</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  无</translation>
    </message>
    <message>
        <source>The factory dashboard from the factory database: first-pass yield per step, completed devices per station and hour, failure causes.</source>
        <translation>来自工厂数据库的工厂仪表板：每个步骤的一次通过率、每个工作站每小时完成的设备、失败原因。</translation>
    </message>
    <message>
        <source>Only these stations (comma-separated station IDs).</source>
        <translation>仅这些工作站（以逗号分隔的工作站 ID）。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读的输出。</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli dashboard --central URL [--stations ID,ID] [--json]</source>
        <translation>用法：tpm-station-cli dashboard --central URL [--stations ID,ID] [--json]</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a station database (not an SQLite file). It was not changed.</source>
        <translation>%1 不是工作站数据库（不是 SQLite 文件）。该文件未被更改。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a station database (%2). It was not changed.</source>
        <translation>%1 无法作为工作站数据库读取 (%2)。该文件未被更改。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a station database. It was not changed.</source>
        <translation>%1 是其他应用程序的 SQLite 数据库，不是工作站数据库。该文件未被更改。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the station (schema %2; this version understands up to %3). Update the station software. The file was not changed.</source>
        <translation>%1 由更新版本的工作站软件写入（架构 %2；此版本最高支持 %3）。请更新工作站软件。该文件未被更改。</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). It was not changed; restore it from a backup.</source>
        <translation>%1 已损坏（完整性检查：%2）。该文件未被更改；请从备份恢复。</translation>
    </message>
    <message>
        <source>No database path given.</source>
        <translation>未指定数据库路径。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>There is no station database at %1.</source>
        <translation>%1 处没有工作站数据库。</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>无法将 %1 切换为预写日志 (write-ahead logging) 模式。</translation>
    </message>
    <message>
        <source>%1 has no station identity.</source>
        <translation>%1 没有工作站标识。</translation>
    </message>
</context>
<context>
    <name>DeliveryList</name>
    <message>
        <source>the EK certificate and the EK_pub of this row are different keys</source>
        <translation>此行的 EK 证书与 EK_pub 是不同的密钥</translation>
    </message>
    <message>
        <source>no EK value in this row</source>
        <translation>此行没有 EK 值</translation>
    </message>
    <message>
        <source>the same EK as row %1 (a duplicate EK inside the lot)</source>
        <translation>与第 %1 行的 EK 相同（lot 内的重复 EK）</translation>
    </message>
    <message numerus="yes">
        <source>The delivery list has %n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>交货清单有 %n 个错误行；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery list holds no EK.</source>
        <translation>交货清单中没有 EK。</translation>
    </message>
    <message>
        <source>The delivery list is not valid JSON: %1 (at byte %2).</source>
        <translation>交货清单不是有效的 JSON：%1（位于字节 %2）。</translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>DeviceClient</name>
    <message>
        <source>device.authKeyIndex must be a whole number from 2 to 8388607 (an offset from 0x81000000; the Identity Service&apos;s default is 256).</source>
        <translation>device.authKeyIndex 必须是 2 到 8388607 之间的整数（相对于 0x81000000 的偏移；Identity Service 的默认值为 256）。</translation>
    </message>
    <message>
        <source>device.hierarchyAuthorization must be true or false.</source>
        <translation>device.hierarchyAuthorization 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>device.hierarchyAuthorization is true but device.ownerAuthDelivery does not say how the device receives the owner authorization ([tpm.hierarchy_authorization] owner in the Identity Service&apos;s config): the station cannot claim the device will provision.</source>
        <translation>device.hierarchyAuthorization 为 true，但 device.ownerAuthDelivery 未说明设备如何获得所有者授权（Identity Service 配置中的 [tpm.hierarchy_authorization] owner）：工作站无法保证设备能够完成预配。</translation>
    </message>
    <message>
        <source>Unknown device setting &quot;%1&quot;.</source>
        <translation>未知的设备设置“%1”。</translation>
    </message>
    <message>
        <source>Unknown device client &quot;%1&quot; (device.client): use one of %2.</source>
        <translation>未知的设备客户端“%1”(device.client)：请使用 %2 之一。</translation>
    </message>
    <message>
        <source>%1 has no configurable key index or hierarchy authorization: device.authKeyIndex, device.hierarchyAuthorization and device.ownerAuthDelivery apply to aziot-identity-service only.</source>
        <translation>%1 没有可配置的密钥索引或层次结构授权：device.authKeyIndex、device.hierarchyAuthorization 和 device.ownerAuthDelivery 仅适用于 aziot-identity-service。</translation>
    </message>
    <message>
        <source>%1: %2 with empty owner authorization is refused — owner authorization is set</source>
        <translation>%1：使用空所有者授权的 %2 被拒绝 — 所有者授权已设置</translation>
    </message>
    <message>
        <source>%1: %2 with empty endorsement authorization is refused — endorsement authorization is set</source>
        <translation>%1：使用空背书授权的 %2 被拒绝 — 背书授权已设置</translation>
    </message>
    <message>
        <source>Rework: clear the TPM with the escrowed lockout authorization, order the rework from the ownership step, then run the line again.</source>
        <translation>返修：使用托管的锁定授权清除 TPM，从所有权步骤安排返修，然后重新运行产线。</translation>
    </message>
</context>
<context>
    <name>DpsBatchExporter</name>
    <message>
        <source>dps.allocationPolicy must be one of hashed, geoLatency, static, custom (not &apos;%1&apos;).</source>
        <translation>dps.allocationPolicy 必须是 hashed、geoLatency、static、custom 之一（而不是“%1”）。</translation>
    </message>
    <message>
        <source>dps.provisioningStatus must be enabled or disabled (not &apos;%1&apos;).</source>
        <translation>dps.provisioningStatus 必须为 enabled 或 disabled（而不是“%1”）。</translation>
    </message>
    <message>
        <source>dps.deviceId must contain {serial} or {registrationId}.</source>
        <translation>dps.deviceId 必须包含 {serial} 或 {registrationId}。</translation>
    </message>
    <message>
        <source>Simulated devices are never exported from a production profile.</source>
        <translation>生产配置文件绝不会导出模拟设备。</translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation>未指定输出目录。</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>输出目录 %1 不为空。</translation>
    </message>
    <message>
        <source>A batch name is one line of at most 128 characters.</source>
        <translation>批次名称只能是一行，最多 128 个字符。</translation>
    </message>
    <message>
        <source>No device that passed QA is waiting for a batch.</source>
        <translation>没有通过 QA 的设备在等待分配批次。</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out: simulated devices go into a batch only with --allow-simulated on a non-production profile.</source>
        <translation>
            <numerusform>已排除 %n 个模拟设备：只有在非生产配置文件上使用 --allow-simulated 时，模拟设备才会加入批次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices of several products are waiting (%1): choose one with --product.</source>
        <translation>有多个产品的设备在等待 (%1)：请用 --product 选择其中一个。</translation>
    </message>
    <message>
        <source>no EK recorded by step 2</source>
        <translation>步骤 2 未记录 EK</translation>
    </message>
    <message numerus="yes">
        <source>No device of the batch can be enrolled in DPS (%n left out).</source>
        <translation>
            <numerusform>批次中没有可在 DPS 中注册的设备（已排除 %n 个）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EkCertificate</name>
    <message>
        <source>The EK certificate is issued by a trusted TPM manufacturer and matches this TPM.</source>
        <translation>EK 证书由受信任的 TPM 制造商颁发，且与此 TPM 匹配。</translation>
    </message>
    <message>
        <source>The EK certificate is not issued by a configured TPM manufacturer CA. Set the device aside and ask the line lead to check the product&apos;s manufacturer roots.</source>
        <translation>EK 证书不是由已配置的 TPM 制造商 CA 颁发的。请将设备放到一边，并请产线负责人检查该产品的制造商根证书。</translation>
    </message>
    <message>
        <source>The EK certificate belongs to a different key than this TPM&apos;s EK. Set the device aside for rework: the TPM or its certificate is not genuine or was replaced.</source>
        <translation>EK 证书属于另一个密钥，而不是此 TPM 的 EK。请将设备放到一边等待返修：TPM 或其证书不是原装的，或已被更换。</translation>
    </message>
    <message>
        <source>The TPM holds no EK certificate. Set the device aside and ask the line lead: this TPM cannot prove it is genuine.</source>
        <translation>TPM 中没有 EK 证书。请将设备放到一边并询问产线负责人：此 TPM 无法证明自己是原装的。</translation>
    </message>
    <message>
        <source>The EK certificate stored in the TPM is damaged (not a valid X.509 certificate). Set the device aside for rework.</source>
        <translation>TPM 中存储的 EK 证书已损坏（不是有效的 X.509 证书）。请将设备放到一边等待返修。</translation>
    </message>
    <message>
        <source>The EK certificate or its issuer is outside its validity period. Check the station&apos;s clock; if it is right, set the device aside.</source>
        <translation>EK 证书或其颁发者不在有效期内。请检查工作站的时钟；如果时钟正确，请将设备放到一边。</translation>
    </message>
    <message>
        <source>The EK certificate names another TPM manufacturer than the TPM reports. Set the device aside: the certificate does not belong to this TPM.</source>
        <translation>EK 证书中的 TPM 制造商与 TPM 报告的不同。请将设备放到一边：该证书不属于此 TPM。</translation>
    </message>
    <message>
        <source>The certificate is not an EK certificate: its key is for signing only (an attestation or signing key&apos;s certificate). Set the device aside and ask the line lead.</source>
        <translation>该证书不是 EK 证书：其密钥仅用于签名（是证明密钥或签名密钥的证书）。请将设备放到一边并询问产线负责人。</translation>
    </message>
    <message>
        <source>The EK certificate is issued by a trusted TPM manufacturer (checked offline, without the TPM).</source>
        <translation>EK 证书由受信任的 TPM 制造商颁发（离线检查，未使用 TPM）。</translation>
    </message>
    <message>
        <source>The EK certificate names the TPM manufacturer %1, not %2 as expected.</source>
        <translation>EK 证书中的 TPM 制造商为 %1，而不是预期的 %2。</translation>
    </message>
    <message>
        <source>The EK certificate names the TPM manufacturer %1, but this TPM reports %2. Set the device aside: the certificate does not belong to this TPM.</source>
        <translation>EK 证书中的 TPM 制造商为 %1，但此 TPM 报告的是 %2。请将设备放到一边：该证书不属于此 TPM。</translation>
    </message>
</context>
<context>
    <name>EkCommand</name>
    <message>
        <source>Create the TPM&apos;s Endorsement Key from the TCG template, read and verify its certificate, and print the DPS registration ID and endorsementKey.</source>
        <translation>根据 TCG 模板创建 TPM 的背书密钥 (EK)，读取并验证其证书，然后输出 DPS 注册 ID 和 endorsementKey。</translation>
    </message>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI).</source>
        <translation>TCTI（默认：TPM2TOOLS_TCTI）。</translation>
    </message>
    <message>
        <source>EK template: rsa2048 (L-1, default), ecc256 (L-2), h1-rsa2048, h3-ecc384.</source>
        <translation>EK 模板：rsa2048（L-1，默认）、ecc256 (L-2)、h1-rsa2048、h3-ecc384。</translation>
    </message>
    <message>
        <source>Write the EK as TPM2B_PUBLIC to FILE.</source>
        <translation>将 EK 以 TPM2B_PUBLIC 格式写入文件。</translation>
    </message>
    <message>
        <source>Write the EK public key as PEM to FILE.</source>
        <translation>将 EK 公钥以 PEM 格式写入文件。</translation>
    </message>
    <message>
        <source>Write the EK certificate (DER) to FILE.</source>
        <translation>将 EK 证书 (DER) 写入文件。</translation>
    </message>
    <message>
        <source>Directory of trusted TPM manufacturer roots and intermediates.</source>
        <translation>受信任的 TPM 制造商根证书和中间证书所在目录。</translation>
    </message>
    <message>
        <source>Always create the EK from the template, even when the persisted EK is the certificate&apos;s key.</source>
        <translation>始终根据模板创建 EK，即使已持久化的 EK 就是证书对应的密钥。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>Unknown EK algorithm &apos;%1&apos; (use rsa2048, ecc256, h1-rsa2048 or h3-ecc384).</source>
        <translation>未知的 EK 算法“%1”（请使用 rsa2048、ecc256、h1-rsa2048 或 h3-ecc384）。</translation>
    </message>
    <message>
        <source>No certificates found in &apos;%1&apos;.</source>
        <translation>在“%1”中未找到证书。</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Cannot convert the EK to PEM: %1</source>
        <translation>无法将 EK 转换为 PEM：%1</translation>
    </message>
    <message>
        <source>The TPM holds no readable EK certificate to write.</source>
        <translation>TPM 中没有可读取并写出的 EK 证书。</translation>
    </message>
    <message>
        <source>EK</source>
        <translation>EK</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>注册 ID</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Persisted EK</source>
        <translation>已持久化的 EK</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>DIFFERS from the certificate-matching EK</source>
        <translation>与证书匹配的 EK 不同</translation>
    </message>
    <message>
        <source>DPS ready</source>
        <translation>DPS 就绪</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>endorsementKey</source>
        <translation>endorsementKey</translation>
    </message>
    <message>
        <source>Print the DPS registration ID of an EK given as a binary TPM2B_PUBLIC or its base64 text.</source>
        <translation>输出以二进制 TPM2B_PUBLIC 或其 base64 文本给出的 EK 的 DPS 注册 ID。</translation>
    </message>
    <message>
        <source>EK file (&apos;-&apos; for standard input).</source>
        <translation>EK 文件（“-”表示标准输入）。</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek regid FILE</source>
        <translation>用法：tpm-station-cli ek regid 文件</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek show [--tcti T] [--alg ALG] [--out-pub FILE] [--out-pem FILE] [--out-cert FILE] [--roots DIR] [--create] [--json]
       tpm-station-cli ek verify FILE… [--roots DIR | --profile FILE] [--db PATH] [--tpm-manufacturer ID] [--at TIME] [--json]
       tpm-station-cli ek regid FILE
       tpm-station-cli ek roots list|import|remove --db PATH …</source>
        <translation>用法：tpm-station-cli ek show [--tcti T] [--alg 算法] [--out-pub 文件] [--out-pem 文件] [--out-cert 文件] [--roots 目录] [--create] [--json]
      tpm-station-cli ek verify 文件… [--roots 目录 | --profile 文件] [--db 路径] [--tpm-manufacturer ID] [--at 时间] [--json]
      tpm-station-cli ek regid 文件
      tpm-station-cli ek roots list|import|remove --db 路径 …</translation>
    </message>
</context>
<context>
    <name>EkExtractedStation</name>
    <message>
        <source>The EK setting &apos;%1&apos; must be a directory path.</source>
        <translation>EK 设置“%1”必须是目录路径。</translation>
    </message>
    <message>
        <source>The EK setting &apos;%1&apos; names &apos;%2&apos;, which is not a directory.</source>
        <translation>EK 设置“%1”指定的“%2”不是目录。</translation>
    </message>
    <message>
        <source>Unknown EK algorithm &apos;%1&apos; (use rsa2048, ecc256, h1-rsa2048 or h3-ecc384).</source>
        <translation>未知的 EK 算法“%1”（请使用 rsa2048、ecc256、h1-rsa2048 或 h3-ecc384）。</translation>
    </message>
    <message>
        <source>The EK setting &apos;requireTrusted&apos; must be true or false.</source>
        <translation>EK 设置“requireTrusted”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>The EK setting &apos;reusePersisted&apos; must be true or false.</source>
        <translation>EK 设置“reusePersisted”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>A production profile always requires a trusted EK certificate: remove &apos;requireTrusted: false&apos;.</source>
        <translation>生产配置文件始终要求受信任的 EK 证书：请删除“requireTrusted: false”。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The EK persisted at 0x%1 is not the certificate-matching EK (created from a wrong template). The ownership step replaces it; the certificate-matching EK is recorded.</source>
        <translation>持久化在 0x%1 处的 EK 不是与证书匹配的 EK（由错误的模板创建）。所有权步骤会替换它；记录的是与证书匹配的 EK。</translation>
    </message>
    <message>
        <source>The station&apos;s records could not be read.</source>
        <translation>无法读取工作站的记录。</translation>
    </message>
    <message>
        <source>This TPM was already provisioned as device %1: the same EK cannot belong to two serials. Set the device aside and call the line lead.</source>
        <translation>此 TPM 已作为设备 %1 预配过：同一个 EK 不能属于两个序列号。请将设备放到一边并呼叫产线负责人。</translation>
    </message>
    <message>
        <source>A production profile needs the TPM manufacturers&apos; CA certificates: an admin imports them into the station&apos;s trust store (Settings, or tpm-station-cli ek roots import), or the profile sets &apos;rootsDir&apos;.</source>
        <translation>生产配置文件需要 TPM 制造商的 CA 证书：由管理员将其导入工作站的 trust store（设置，或 tpm-station-cli ek roots import），或在配置文件中设置“rootsDir”。</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: no lot %1 was imported. Ask the line lead to import the TPM vendor&apos;s delivery list.</source>
        <translation>EK 不在 lot %1 的交货清单上：未导入 lot %1。请让产线负责人导入 TPM 供应商的交货清单。</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: this TPM is on no imported delivery list. Set the device aside and call the line lead.</source>
        <translation>EK 不在 lot %1 的交货清单上：此 TPM 不在任何已导入的交货清单上。请将设备放到一边并呼叫产线负责人。</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: this TPM belongs to lot %2 (row %3). Set the device aside and call the line lead.</source>
        <translation>EK 不在 lot %1 的交货清单上：此 TPM 属于 lot %2（第 %3 行）。请将设备放到一边并呼叫产线负责人。</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1 as an unused TPM: row %2 was already used by device %3. Set the device aside and call the line lead.</source>
        <translation>EK 不在 lot %1 的交货清单上作为未使用的 TPM：第 %2 行已被设备 %3 使用。请将设备放到一边并呼叫产线负责人。</translation>
    </message>
    <message>
        <source>The EK setting &apos;lot&apos; must be a lot number.</source>
        <translation>EK 设置“lot”必须是 lot 编号。</translation>
    </message>
    <message>
        <source>The lot entry of this TPM could not be marked as used.</source>
        <translation>无法将此 TPM 的 lot 条目标记为已使用。</translation>
    </message>
    <message>
        <source>The factory database already has this TPM as device %1 on station %2: the same EK cannot belong to two serials. Set the device aside and call the line lead.</source>
        <translation>工厂数据库中已有此 TPM，为工位 %2 上的设备 %1：同一 EK 不能属于两个序列号。请将设备放到一边并联系产线负责人。</translation>
    </message>
</context>
<context>
    <name>EkPublicValue</name>
    <message>
        <source>the EK value is empty</source>
        <translation>EK 值为空</translation>
    </message>
    <message>
        <source>not an EK certificate, public key, TPM2B_PUBLIC or RSA-2048 modulus (PEM, base64 or hex expected)</source>
        <translation>不是 EK 证书、公钥、TPM2B_PUBLIC 或 RSA-2048 模数（应为 PEM、base64 或十六进制）</translation>
    </message>
</context>
<context>
    <name>EkRootsCommand</name>
    <message>
        <source>UNKNOWN — not in the manifest of known TPM vendor CAs</source>
        <translation>未知 — 不在已知 TPM 供应商 CA 清单中</translation>
    </message>
    <message>
        <source>The station&apos;s TPM manufacturer trust store.</source>
        <translation>工作站的 TPM 制造商 trust store。</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>工作站数据库。</translation>
    </message>
    <message>
        <source>The admin signing the change (password from STATION_PASSWORD or stdin).</source>
        <translation>签署此更改的管理员（密码取自 STATION_PASSWORD 或 stdin）。</translation>
    </message>
    <message>
        <source>Why (signed and audited).</source>
        <translation>原因（将被签名并审计）。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>CA files: PEM, DER or PKCS#7.</source>
        <translation>CA 文件：PEM、DER 或 PKCS#7。</translation>
    </message>
    <message>
        <source>The CA&apos;s SHA-256 fingerprint.</source>
        <translation>CA 的 SHA-256 指纹。</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>必须指定 --db 路径。</translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) in the trust store.</source>
        <translation>
            <numerusform>trust store 中有 %n 个 CA 证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>--reason TEXT is required: it is signed and audited.</source>
        <translation>必须指定 --reason 文本：它将被签名并审计。</translation>
    </message>
    <message>
        <source>Give at least one CA file.</source>
        <translation>请至少指定一个 CA 文件。</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个 CA 证书</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the trust store.</source>
        <translation>
            <numerusform>%n 个已在 trust store 中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one CA by its SHA-256 fingerprint.</source>
        <translation>请用 SHA-256 指纹指定一个 CA。</translation>
    </message>
    <message>
        <source>Removed from the trust store: %1</source>
        <translation>已从 trust store 中移除：%1</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek roots list --db PATH [--json]
       tpm-station-cli ek roots import FILE… --db PATH --as ID --reason TEXT [--json]
       tpm-station-cli ek roots remove SHA256 --db PATH --as ID --reason TEXT [--json]</source>
        <translation>用法：tpm-station-cli ek roots list --db 路径 [--json]
      tpm-station-cli ek roots import 文件… --db 路径 --as ID --reason 文本 [--json]
      tpm-station-cli ek roots remove SHA256 --db 路径 --as ID --reason 文本 [--json]</translation>
    </message>
</context>
<context>
    <name>EkVerifyCommand</name>
    <message>
        <source>The product profile %1 is refused: %2</source>
        <translation>产品配置文件 %1 被拒绝：%2</translation>
    </message>
    <message>
        <source>The EK is %1: Azure DPS TPM attestation accepts RSA-2048 EKs only.</source>
        <translation>EK 为 %1：Azure DPS TPM 证明只接受 RSA-2048 EK。</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>%1 (%2), model %3, version %4</source>
        <translation>%1 (%2)，型号 %3，版本 %4</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>%1 (RSAES-OAEP identifier)</source>
        <translation>%1（RSAES-OAEP 标识符）</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>%1 — NOT in the manifest of known TPM vendor CAs</source>
        <translation>%1 — 不在已知 TPM 供应商 CA 清单中</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>NV header or padding cut at the DER length</source>
        <translation>NV 头部或填充已按 DER 长度截去</translation>
    </message>
    <message>
        <source>DPS ready</source>
        <translation>DPS 就绪</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>No certificates found in &apos;%1&apos;.</source>
        <translation>在“%1”中未找到证书。</translation>
    </message>
    <message>
        <source>Verify EK certificates given as files (DER, PEM or raw NV dumps) offline, as step 2 judges them.</source>
        <translation>离线验证以文件形式给出的 EK 证书（DER、PEM 或原始 NV 转储），判定方式与步骤 2 相同。</translation>
    </message>
    <message>
        <source>Directory of TPM manufacturer CA files (subdirectories included).</source>
        <translation>TPM 制造商 CA 文件所在目录（包括子目录）。</translation>
    </message>
    <message>
        <source>Compare the certificates&apos; TPM manufacturer with ID (e.g. NTC, IFX).</source>
        <translation>将证书中的 TPM 制造商与 ID 比较（例如 NTC、IFX）。</translation>
    </message>
    <message>
        <source>Verification time (ISO 8601, UTC; default: now).</source>
        <translation>验证时间（ISO 8601，UTC；默认：当前时间）。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>Give at least one certificate file.</source>
        <translation>请至少指定一个证书文件。</translation>
    </message>
    <message>
        <source>Give --roots or --profile, not both.</source>
        <translation>请指定 --roots 或 --profile，不能同时指定。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 time (e.g. 2026-01-31T12:00:00Z).</source>
        <translation>“%1”不是 ISO 8601 时间（例如 2026-01-31T12:00:00Z）。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>EK certificate files (one or more).</source>
        <translation>EK 证书文件（一个或多个）。</translation>
    </message>
    <message>
        <source>The station&apos;s trust store in %1 holds no CA certificate: an admin imports the TPM vendors&apos; CA files with &apos;tpm-station-cli ek roots import&apos;.</source>
        <translation>%1 中的工作站 trust store 没有任何 CA 证书：请由管理员使用“tpm-station-cli ek roots import”导入 TPM 供应商的 CA 文件。</translation>
    </message>
    <message>
        <source>No roots given (--roots DIR, --db PATH or --profile FILE): no certificate can be trusted.</source>
        <translation>未指定根证书（--roots 目录、--db 路径或 --profile 文件）：任何证书都无法被信任。</translation>
    </message>
    <message>
        <source>Take the roots from this product profile&apos;s ek.rootsDir (none: the trust store of --db).</source>
        <translation>从此产品配置文件的 ek.rootsDir 获取根证书（未设置时：使用 --db 的 trust store）。</translation>
    </message>
    <message>
        <source>Station database: verify against its TPM manufacturer trust store.</source>
        <translation>工作站数据库：依据其 TPM 制造商 trust store 进行验证。</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>All steps passed.</source>
        <translation>所有步骤均已通过。</translation>
    </message>
    <message>
        <source>All steps have passed already.</source>
        <translation>所有步骤此前均已通过。</translation>
    </message>
    <message>
        <source>%1 failed %2 times: the device needs rework, ordered by a supervisor.</source>
        <translation>%1 已失败 %2 次：设备需要返修，须由主管安排。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The TPM in the socket is not the one this device had (%1 differs). Check the device.</source>
        <translation>测试座中的 TPM 不是此设备原来的 TPM（%1 不同）。请检查设备。</translation>
    </message>
    <message>
        <source>The re-check could not be recorded; nothing was changed.</source>
        <translation>无法记录复检；未做任何更改。</translation>
    </message>
    <message>
        <source>The re-check of the TPM failed.</source>
        <translation>TPM 复检失败。</translation>
    </message>
    <message>
        <source>%1 cannot run before %2 has passed.</source>
        <translation>%2 通过之前不能运行 %1。</translation>
    </message>
    <message>
        <source>The result of %1 could not be recorded; it is not counted as done.</source>
        <translation>无法记录 %1 的结果；该步骤不计为已完成。</translation>
    </message>
    <message>
        <source>A measurement is out of limits.</source>
        <translation>有测量值超出限值。</translation>
    </message>
    <message>
        <source>%1 failed: %2
Try again?</source>
        <translation>%1 失败：%2
是否重试？</translation>
    </message>
    <message>
        <source>Not every step has passed.</source>
        <translation>并非所有步骤都已通过。</translation>
    </message>
    <message>
        <source>The simulated timing model of %1 cannot be used (%2). Recreate the simulated fleet.</source>
        <translation>无法使用 %1 的模拟时序模型 (%2)。请重新创建模拟设备群。</translation>
    </message>
</context>
<context>
    <name>EscrowCommand</name>
    <message>
        <source>Usage: tpm-station-cli escrow open --key OWNER_KEY (--db PATH | --store DIR) --serial S [--json]</source>
        <translation>用法：tpm-station-cli escrow open --key 所有者密钥 (--db 路径 | --store 目录) --serial 序列号 [--json]</translation>
    </message>
    <message>
        <source>Open a device&apos;s escrowed TPM authorizations with the owner&apos;s private key.</source>
        <translation>使用所有者的私钥打开设备托管的 TPM 授权。</translation>
    </message>
    <message>
        <source>The owner&apos;s private key (PEM or DER).</source>
        <translation>所有者的私钥（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>Device serial number.</source>
        <translation>设备序列号。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>  (pending: written ahead, not confirmed on the TPM)</source>
        <translation>  （待定：已预先写入，尚未在 TPM 上确认）</translation>
    </message>
</context>
<context>
    <name>EscrowPin</name>
    <message>
        <source>The customer CA file %1 cannot be read.</source>
        <translation>无法读取客户 CA 文件 %1。</translation>
    </message>
    <message>
        <source>The customer CA file %1 holds no certificate.</source>
        <translation>客户 CA 文件 %1 中没有证书。</translation>
    </message>
    <message>
        <source>OpenSSL cannot verify the escrow certificate&apos;s chain.</source>
        <translation>OpenSSL 无法验证托管证书的证书链。</translation>
    </message>
    <message>
        <source>The escrow certificate does not chain to the customer CA %1: %2.</source>
        <translation>托管证书无法链接到客户 CA %1：%2。</translation>
    </message>
    <message>
        <source>A production profile must pin its escrow certificate (ownership.escrowCertificateSha256); the certificate&apos;s SHA-256 is %1.</source>
        <translation>生产配置文件必须固定其托管证书 (ownership.escrowCertificateSha256)；该证书的 SHA-256 为 %1。</translation>
    </message>
    <message>
        <source>The escrow certificate is not the one the profile pins: the profile pins SHA-256 %1, the certificate %2 has %3. Nothing was written to the TPM.</source>
        <translation>托管证书不是配置文件所固定的证书：配置文件固定的 SHA-256 为 %1，证书 %2 的 SHA-256 为 %3。未向 TPM 写入任何内容。</translation>
    </message>
</context>
<context>
    <name>EscrowPinService</name>
    <message>
        <source>The product profile %1 cannot be read.</source>
        <translation>无法读取产品配置文件 %1。</translation>
    </message>
    <message>
        <source>The product profile %1 names no escrow certificate (ownership.escrowCertificate).</source>
        <translation>产品配置文件 %1 未指定托管证书 (ownership.escrowCertificate)。</translation>
    </message>
    <message>
        <source>Changing the escrow certificate pin needs a reason.</source>
        <translation>更改托管证书的固定值需要提供原因。</translation>
    </message>
    <message>
        <source>The product profile %1 cannot be written.</source>
        <translation>无法写入产品配置文件 %1。</translation>
    </message>
</context>
<context>
    <name>EscrowRecovery</name>
    <message>
        <source>No escrow record for serial %1.</source>
        <translation>序列号 %1 没有托管记录。</translation>
    </message>
    <message>
        <source>Escrow record %1: %2</source>
        <translation>托管记录 %1：%2</translation>
    </message>
    <message>
        <source>Escrow record %1 does not open with this key (wrong owner key, or a damaged record: %2).</source>
        <translation>无法用此密钥打开托管记录 %1（所有者密钥错误，或记录已损坏：%2）。</translation>
    </message>
    <message>
        <source>Escrow record %1 lacks the %2 value it claims.</source>
        <translation>托管记录 %1 缺少其声明的 %2 值。</translation>
    </message>
    <message>
        <source>No escrow record of serial %1 holds a value in use (all abandoned or revoked).</source>
        <translation>序列号 %1 的托管记录中没有正在使用的值（全部已放弃或已撤销）。</translation>
    </message>
</context>
<context>
    <name>EscrowStoreChoice</name>
    <message>
        <source>Station database holding the escrow records.</source>
        <translation>存放托管记录的工作站数据库。</translation>
    </message>
    <message>
        <source>Escrow store directory (default: %1).</source>
        <translation>托管存储目录（默认：%1）。</translation>
    </message>
    <message>
        <source>Give either --db PATH or --store DIR, not both.</source>
        <translation>请指定 --db 路径或 --store 目录之一，不能同时指定。</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the devices that passed QA as a signed DPS enrollment batch (bulk JSON, CSV, az script).</source>
        <translation>将通过 QA 的设备导出为已签名的 DPS 注册批次（批量 JSON、CSV、az 脚本）。</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>工作站数据库。</translation>
    </message>
    <message>
        <source>Output directory (new or empty).</source>
        <translation>输出目录（新目录或空目录）。</translation>
    </message>
    <message>
        <source>Batch name.</source>
        <translation>批次名称。</translation>
    </message>
    <message>
        <source>Only devices of this product.</source>
        <translation>仅此产品的设备。</translation>
    </message>
    <message>
        <source>Product profile JSON (its &quot;dps&quot; section: hub, allocation, ...).</source>
        <translation>产品配置文件 JSON（其中的“dps”部分：hub、分配等）。</translation>
    </message>
    <message>
        <source>Include simulated devices (marked simulated; never on production profiles).</source>
        <translation>包括模拟设备（标记为模拟；绝不用于生产配置文件）。</translation>
    </message>
    <message>
        <source>Include devices already in a batch.</source>
        <translation>包括已在批次中的设备。</translation>
    </message>
    <message>
        <source>The operator exporting (password from STATION_PASSWORD or stdin).</source>
        <translation>执行导出的操作员（密码取自 STATION_PASSWORD 或 stdin）。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>--db PATH and --out DIR are required.</source>
        <translation>必须指定 --db 路径和 --out 目录。</translation>
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation>已排除 %1：%2</translation>
    </message>
    <message>
        <source>Manifest signed by the certificate with SHA-256 %1.</source>
        <translation>清单已由 SHA-256 为 %1 的证书签名。</translation>
    </message>
    <message>
        <source>Export audit events (by period, device or batch) with the chain verdict, signed.</source>
        <translation>导出审计事件（按时间段、设备或批次）及链验证结论，并签名。</translation>
    </message>
    <message>
        <source>Start of the period (ISO 8601, UTC).</source>
        <translation>时间段开始（ISO 8601，UTC）。</translation>
    </message>
    <message>
        <source>End of the period (ISO 8601, UTC, inclusive).</source>
        <translation>时间段结束（ISO 8601，UTC，包含该时间）。</translation>
    </message>
    <message>
        <source>Only this device.</source>
        <translation>仅此设备。</translation>
    </message>
    <message>
        <source>Only this batch and its devices.</source>
        <translation>仅此批次及其设备。</translation>
    </message>
    <message>
        <source>Comma-separated: csv, json, pdf.</source>
        <translation>逗号分隔：csv、json、pdf。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use csv, json, pdf.</source>
        <translation>未知格式“%1”：请使用 csv、json、pdf。</translation>
    </message>
    <message>
        <source>Batch %1 (%2): %3 in %4, written to %5.</source>
        <translation>批次 %1 (%2)：%3，位于 %4，已写入 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1</source>
        <translation>
            <numerusform>%1 中的 %n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bulk operation(s)</source>
        <translation>
            <numerusform>%n 个批量操作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out (see --allow-simulated).</source>
        <translation>
            <numerusform>已排除 %n 台模拟设备（参见 --allow-simulated）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) (seq %1..%2) exported to %3. Chain: %4</source>
        <translation>
            <numerusform>已将 %n 个审计事件（seq %1..%2）导出到 %3。链：%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare the batch from this incoming lot&apos;s delivery list, before the TPMs are soldered (needs --product or --profile).</source>
        <translation>在焊接 TPM 之前，根据此来料 lot 的交货清单准备批次（需要 --product 或 --profile）。</translation>
    </message>
    <message>
        <source>--from-lot needs --product or --profile, and takes neither --allow-simulated nor --reexport.</source>
        <translation>--from-lot 需要 --product 或 --profile，且不能与 --allow-simulated 或 --reexport 同用。</translation>
    </message>
    <message>
        <source>With --central: only the devices of these stations (comma-separated station IDs).</source>
        <translation>与 --central 一起使用：仅导出这些工作站的设备（以逗号分隔的工作站 ID）。</translation>
    </message>
    <message>
        <source>--central and --from-lot exclude each other.</source>
        <translation>--central 与 --from-lot 不能同时使用。</translation>
    </message>
    <message>
        <source>--stations needs --central.</source>
        <translation>--stations 需要 --central。</translation>
    </message>
    <message>
        <source>No station has sent anything to the factory database %1.</source>
        <translation>尚无工作站向工厂数据库 %1 发送任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Station %1: %n audit event(s) (seq %2..%3) exported to %4. Chain: %5</source>
        <translation>
            <numerusform>工作站 %1：已将 %n 个审计事件（seq %2..%3）导出到 %4。链：%5</numerusform>
        </translation>
    </message>
    <message>
        <source>With --central: only this station&apos;s trail (a station ID; repeat it or separate IDs with commas).</source>
        <translation>与 --central 一起使用：仅导出此工作站的审计链（工作站 ID；可重复此选项，或用逗号分隔多个 ID）。</translation>
    </message>
    <message>
        <source>--station needs --central.</source>
        <translation>--station 需要 --central。</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli export dps --db PATH --out DIR [--name N] [--allow-simulated] [--reexport] [--profile FILE] [--product ID]
       tpm-station-cli export dps --central URL [--stations ID,ID] --db PATH --out DIR [--name N] [--allow-simulated] [--profile FILE] [--product ID]
       tpm-station-cli export audit --db PATH --out DIR [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export audit --central URL [--station ID …] --db PATH --out DIR [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export slot-keys --db PATH --out DIR --profile FILE [--as ID] [--allow-simulated]</source>
        <translation>用法：tpm-station-cli export dps --db 路径 --out 目录 [--name N] [--allow-simulated] [--reexport] [--profile 文件] [--product ID]
       tpm-station-cli export dps --central URL [--stations ID,ID] --db 路径 --out 目录 [--name N] [--allow-simulated] [--profile 文件] [--product ID]
       tpm-station-cli export audit --db 路径 --out 目录 [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export audit --central URL [--station ID …] --db 路径 --out 目录 [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export slot-keys --db 路径 --out 目录 --profile 文件 [--as ID] [--allow-simulated]</translation>
    </message>
</context>
<context>
    <name>ExportDirectory</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation>未指定输出目录。</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>输出目录 %1 不为空。</translation>
    </message>
    <message>
        <source>%1 cannot be an output directory.</source>
        <translation>%1 不能用作输出目录。</translation>
    </message>
    <message>
        <source>Cannot create the output directory %1: %2 cannot be created.</source>
        <translation>无法创建输出目录 %1：无法创建 %2。</translation>
    </message>
    <message>
        <source>Cannot create a directory in %1: %2</source>
        <translation>无法在 %1 中创建目录：%2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Cannot move the export into %1: %2</source>
        <translation>无法将导出移入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FileEscrowStore</name>
    <message>
        <source>Cannot read the escrow file %1: %2</source>
        <translation>无法读取托管文件 %1：%2</translation>
    </message>
    <message>
        <source>The escrow file %1 is damaged or not an escrow file.</source>
        <translation>托管文件 %1 已损坏或不是托管文件。</translation>
    </message>
    <message>
        <source>The escrow file %1 holds a damaged record.</source>
        <translation>托管文件 %1 中有一条已损坏的记录。</translation>
    </message>
    <message>
        <source>Cannot create the escrow directory %1.</source>
        <translation>无法创建托管目录 %1。</translation>
    </message>
    <message>
        <source>Cannot write the escrow file %1: %2</source>
        <translation>无法写入托管文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot sync the escrow directory %1.</source>
        <translation>无法同步托管目录 %1。</translation>
    </message>
    <message>
        <source>An escrow record needs a serial, hierarchies and CMS data.</source>
        <translation>托管记录需要序列号、层次结构和 CMS 数据。</translation>
    </message>
    <message>
        <source>Escrow record %1 exists already.</source>
        <translation>托管记录 %1 已存在。</translation>
    </message>
    <message>
        <source>No escrow record %1 for serial %2.</source>
        <translation>序列号 %2 没有托管记录 %1。</translation>
    </message>
</context>
<context>
    <name>FirmwareCatalog</name>
    <message>
        <source>The firmware catalog %1 cannot be read. Ask a supervisor to check the product profile.</source>
        <translation>无法读取固件库 %1。请让主管检查产品配置文件。</translation>
    </message>
    <message>
        <source>The firmware catalog holds no release for %1. Ask a supervisor to install the release.</source>
        <translation>固件库中没有 %1 的版本。请让主管安装该版本。</translation>
    </message>
    <message>
        <source>The firmware catalog holds several releases named %1 %2. Ask a supervisor to remove the duplicate.</source>
        <translation>固件库中有多个名为 %1 %2 的版本。请让主管删除重复项。</translation>
    </message>
    <message>
        <source>The firmware manifest %1 is not in the catalog.</source>
        <translation>固件清单 %1 不在固件库中。</translation>
    </message>
    <message>
        <source>The firmware manifest %1 cannot be read. Ask a supervisor to check the catalog.</source>
        <translation>无法读取固件清单 %1。请让主管检查固件库。</translation>
    </message>
    <message>
        <source>The firmware release has no signature. Nothing was written; call engineering.</source>
        <translation>该固件版本没有签名。未写入任何内容；请联系工程部门。</translation>
    </message>
    <message>
        <source>The firmware is for product %1, not for %2. Nothing was written; check that the right product is selected.</source>
        <translation>该固件适用于产品 %1，而不是 %2。未写入任何内容；请检查是否选择了正确的产品。</translation>
    </message>
    <message>
        <source>The firmware image %1 is missing from the catalog. Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation>固件库中缺少固件映像 %1。未写入任何内容；请让主管重新安装该版本。</translation>
    </message>
    <message>
        <source>The firmware image is truncated (%1 of %2 bytes). Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation>固件映像不完整（%2 字节中只有 %1 字节）。未写入任何内容；请让主管重新安装该版本。</translation>
    </message>
    <message>
        <source>The firmware image is larger than its manifest says. Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation>固件映像比其清单中声明的大。未写入任何内容；请让主管重新安装该版本。</translation>
    </message>
    <message>
        <source>The firmware image does not match its signed digest: it may have been altered. Nothing was written; call engineering.</source>
        <translation>固件映像与其已签名的摘要不匹配：可能已被篡改。未写入任何内容；请联系工程部门。</translation>
    </message>
</context>
<context>
    <name>FirmwareCommand</name>
    <message>
        <source>Verify a firmware release in a catalog: signature, product, size and digest.</source>
        <translation>验证固件库中的固件版本：签名、产品、大小和摘要。</translation>
    </message>
    <message>
        <source>Catalog directory.</source>
        <translation>固件库目录。</translation>
    </message>
    <message>
        <source>Product the release must be for.</source>
        <translation>该版本必须适用的产品。</translation>
    </message>
    <message>
        <source>Trusted firmware-signing public key (PEM); repeatable.</source>
        <translation>受信任的固件签名公钥 (PEM)；可多次指定。</translation>
    </message>
    <message>
        <source>Exactly this version.</source>
        <translation>仅此版本。</translation>
    </message>
    <message>
        <source>Exactly this manifest file.</source>
        <translation>仅此清单文件。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>firmware verify needs --catalog, --product and at least one --key.</source>
        <translation>firmware verify 需要 --catalog、--product 和至少一个 --key。</translation>
    </message>
    <message>
        <source>Verified: %1 %2 (%3, %4 bytes)</source>
        <translation>已验证：%1 %2（%3，%4 字节）</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Signed by: %1 (%2)</source>
        <translation>签名者：%1 (%2)</translation>
    </message>
    <message>
        <source>warning: ignored catalog file %1</source>
        <translation>警告：已忽略固件库文件 %1</translation>
    </message>
    <message>
        <source>Read the provisioning settings from the TPM&apos;s settings index 0x01500100 (no secret needed).</source>
        <translation>从 TPM 的设置索引 0x01500100 读取预配设置（无需机密）。</translation>
    </message>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI（默认：TPM2TOOLS_TCTI，否则为 device:/dev/tpmrm0）。</translation>
    </message>
    <message>
        <source>The TPM holds no provisioning settings (index 0x%1 is not defined).</source>
        <translation>TPM 中没有预配设置（索引 0x%1 未定义）。</translation>
    </message>
    <message>
        <source>DPS endpoint</source>
        <translation>DPS 终结点</translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation>ID 范围</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>注册 ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli firmware verify --catalog DIR --product P --key PEM [--version V] [--manifest FILE] [--json]
       tpm-station-cli firmware settings [--tcti T] [--json]</source>
        <translation>用法：tpm-station-cli firmware verify --catalog 目录 --product 产品 --key PEM [--version 版本] [--manifest 文件] [--json]
      tpm-station-cli firmware settings [--tcti T] [--json]</translation>
    </message>
</context>
<context>
    <name>FirmwareConfig</name>
    <message>
        <source>firmware.%1.program is missing</source>
        <translation>缺少 firmware.%1.program</translation>
    </message>
    <message>
        <source>firmware.%1.arguments must be a list of strings</source>
        <translation>firmware.%1.arguments 必须是字符串列表</translation>
    </message>
    <message>
        <source>the product profile has no &quot;firmware&quot; section</source>
        <translation>产品配置文件中没有“firmware”部分</translation>
    </message>
    <message>
        <source>firmware.catalog is missing</source>
        <translation>缺少 firmware.catalog</translation>
    </message>
    <message>
        <source>firmware.signingKeys must be a list of file names</source>
        <translation>firmware.signingKeys 必须是文件名列表</translation>
    </message>
    <message>
        <source>firmware.signingKeys is missing: no firmware-signing key is trusted</source>
        <translation>缺少 firmware.signingKeys：没有受信任的固件签名密钥</translation>
    </message>
    <message>
        <source>firmware.flasher.timeoutMs must be between 100 and 3600000</source>
        <translation>firmware.flasher.timeoutMs 必须介于 100 和 3600000 之间</translation>
    </message>
    <message>
        <source>firmware.flasher.fault must be none, fail, hang or corrupt-readback</source>
        <translation>firmware.flasher.fault 必须为 none、fail、hang 或 corrupt-readback</translation>
    </message>
    <message>
        <source>firmware.flasher.kind must be &quot;simulated&quot; or &quot;command&quot;</source>
        <translation>firmware.flasher.kind 必须为“simulated”或“command”</translation>
    </message>
</context>
<context>
    <name>FirmwareFlashedStation</name>
    <message>
        <source>The product profile&apos;s firmware settings are incomplete (%1). Ask a supervisor to fix the product profile.</source>
        <translation>产品配置文件的固件设置不完整 (%1)。请让主管修正产品配置文件。</translation>
    </message>
    <message>
        <source>The product profile uses the simulated programmer, but this is a real device or a production profile. Ask a supervisor to configure the real programmer.</source>
        <translation>产品配置文件使用的是模拟烧录器，但这是真实设备或生产配置文件。请让主管配置真实的烧录器。</translation>
    </message>
    <message>
        <source>The device&apos;s registration ID is not known: step &quot;%1&quot; must pass before the firmware is flashed.</source>
        <translation>设备的注册 ID 未知：烧录固件前，步骤“%1”必须通过。</translation>
    </message>
    <message>
        <source>The provisioning settings are not valid: %1</source>
        <translation>预配设置无效：%1</translation>
    </message>
    <message>
        <source>The firmware release is version %1, the product profile asks for %2. Nothing was written.</source>
        <translation>固件版本为 %1，而产品配置文件要求 %2。未写入任何内容。</translation>
    </message>
    <message>
        <source>The station cannot create a working directory.</source>
        <translation>工作站无法创建工作目录。</translation>
    </message>
    <message>
        <source>The station cannot write its working files.</source>
        <translation>工作站无法写入其工作文件。</translation>
    </message>
    <message>
        <source>The TPM&apos;s settings index cannot be read: %1 Nothing was written.</source>
        <translation>无法读取 TPM 的设置索引：%1 未写入任何内容。</translation>
    </message>
    <message>
        <source>The TPM&apos;s settings index 0x%1 is locked and holds other provisioning settings. It cannot be written again: a supervisor must order a rework, in which the device owner undefines the index.</source>
        <translation>TPM 的设置索引 0x%1 已锁定，且存有其他预配设置。无法再次写入：必须由主管安排返修，由设备所有者取消定义该索引。</translation>
    </message>
    <message>
        <source>The TPM&apos;s owner authorization is not available: %1 Nothing was written.</source>
        <translation>无法获得 TPM 的所有者授权：%1 未写入任何内容。</translation>
    </message>
    <message>
        <source>Connect the programmer to device %1, then confirm.</source>
        <translation>请将烧录器连接到设备 %1，然后确认。</translation>
    </message>
    <message>
        <source>The programmer was not connected. The firmware is NOT flashed.</source>
        <translation>烧录器未连接。固件未烧录。</translation>
    </message>
    <message>
        <source>The step was cancelled. Nothing was written.</source>
        <translation>该步骤已取消。未写入任何内容。</translation>
    </message>
    <message>
        <source>The provisioning settings could not be stored on the TPM: %1</source>
        <translation>无法将预配设置存储到 TPM：%1</translation>
    </message>
    <message>
        <source>The product profile&apos;s credential settings are refused (%1). Ask a supervisor to fix the product profile.</source>
        <translation>产品配置文件的凭据设置被拒绝 (%1)。请让主管修正产品配置文件。</translation>
    </message>
    <message>
        <source>The device&apos;s TPM slot cannot name it: %1 Nothing was written.</source>
        <translation>设备的 TPM 槽位无法为其命名：%1 未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>FirmwareManifest</name>
    <message>
        <source>The firmware manifest is not valid (%1). Nothing was written; ask engineering for a correct firmware release.</source>
        <translation>固件清单无效 (%1)。未写入任何内容；请向工程部门索取正确的固件版本。</translation>
    </message>
</context>
<context>
    <name>GroupEnrollmentKey</name>
    <message numerus="yes">
        <source>The group enrollment key decodes to %n byte(s); DPS keys are 16 to 64 bytes.</source>
        <translation>
            <numerusform>组注册密钥解码后为 %n 字节；DPS 密钥须为 16 到 64 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>The group enrollment key is not base64 text (the standard alphabet with &apos;=&apos; padding, as DPS shows it).</source>
        <translation>组注册密钥不是 base64 文本（应为使用“=”填充的标准字母表，与 DPS 中显示的一致）。</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC-SHA256.</source>
        <translation>OpenSSL 无法计算 HMAC-SHA256。</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>&apos;%1&apos; is not a serial number: 1 to %2 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;, starting with a letter or digit. Scan again.</source>
        <translation>“%1”不是序列号：须为 1 到 %2 个字母、数字、“.”、“_”、“:”和“-”，并以字母或数字开头。请重新扫描。</translation>
    </message>
</context>
<context>
    <name>LabelCommand</name>
    <message>
        <source>Print a device label (ZPL: serial, registration ID as QR code and text) to a file or a printer.</source>
        <translation>将设备标签（ZPL：序列号、注册 ID 的二维码和文本）输出到文件或打印机。</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>工作站数据库。</translation>
    </message>
    <message>
        <source>Device serial.</source>
        <translation>设备序列号。</translation>
    </message>
    <message>
        <source>Product (when the serial is ambiguous).</source>
        <translation>产品（序列号不唯一时）。</translation>
    </message>
    <message>
        <source>Write the ZPL to this file.</source>
        <translation>将 ZPL 写入此文件。</translation>
    </message>
    <message>
        <source>Send the ZPL to tcp://HOST:PORT.</source>
        <translation>将 ZPL 发送到 tcp://主机:端口。</translation>
    </message>
    <message>
        <source>Also write a PNG preview.</source>
        <translation>同时写出 PNG 预览。</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli label --db PATH --serial S [--out FILE] [--printer tcp://HOST:PORT] [--png FILE]</source>
        <translation>用法：tpm-station-cli label --db 路径 --serial 序列号 [--out 文件] [--printer tcp://主机:端口] [--png 文件]</translation>
    </message>
    <message>
        <source>This build has no label preview (built without QtGui).</source>
        <translation>此版本不含标签预览（构建时未包含 QtGui）。</translation>
    </message>
    <message>
        <source>Label of %1 sent to %2.</source>
        <translation>%1 的标签已发送到 %2。</translation>
    </message>
    <message>
        <source>Preview written to %1.</source>
        <translation>预览已写入 %1。</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>The registration ID cannot be encoded as a QR code.</source>
        <translation>注册 ID 无法编码为二维码。</translation>
    </message>
    <message>
        <source>Cannot write the label preview %1.</source>
        <translation>无法写入标签预览 %1。</translation>
    </message>
</context>
<context>
    <name>LimpetSlot</name>
    <message>
        <source>Slot %1 does not exist: Limpet has the logical slots 0 to 9.</source>
        <translation>槽位 %1 不存在：Limpet 的逻辑槽位为 0 到 9。</translation>
    </message>
    <message>
        <source>The hostname &quot;%1&quot; is not a DNS name: %2</source>
        <translation>主机名“%1”不是 DNS 名称：%2</translation>
    </message>
    <message>
        <source>The hostname is empty: give the IoT hub&apos;s hostname, e.g. myhub.azure-devices.net.</source>
        <translation>主机名为空：请输入 IoT 中心的主机名，例如 myhub.azure-devices.net。</translation>
    </message>
    <message numerus="yes">
        <source>it is longer than %n character(s).</source>
        <translation>
            <numerusform>它超过了 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>each dot-separated part must be 1 to 63 letters, digits or hyphens, and must not start or end with a hyphen.</source>
        <translation>以点分隔的每一部分必须由 1 到 63 个字母、数字或连字符组成，且不能以连字符开头或结尾。</translation>
    </message>
    <message>
        <source>The device ID is empty.</source>
        <translation>设备 ID 为空。</translation>
    </message>
    <message numerus="yes">
        <source>The device ID is %n character(s) long; IoT Hub allows at most 128.</source>
        <translation>
            <numerusform>设备 ID 长度为 %n 个字符；IoT Hub 最多允许 128 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The device ID &quot;%1&quot; contains &quot;%2&quot;: IoT Hub allows only letters, digits and - . % _ * ? ! ( ) , : = @ $ &apos;.</source>
        <translation>设备 ID“%1”包含“%2”：IoT Hub 只允许字母、数字和 - . % _ * ? ! ( ) , : = @ $ &apos;。</translation>
    </message>
    <message numerus="yes">
        <source>The device key decodes to %n byte(s); a slot takes a key of 32 to 64 bytes (44 to 88 base64 characters).</source>
        <translation>
            <numerusform>设备密钥解码后为 %n 字节；槽位接受 32 到 64 字节的密钥（44 到 88 个 base64 字符）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The token validity must be a whole number of seconds from 1 to 4294967295.</source>
        <translation>令牌有效期必须是 1 到 4294967295 之间的整数秒数。</translation>
    </message>
    <message>
        <source>The device key is not base64 text (the standard alphabet with &apos;=&apos; padding, as the IoT hub shows the primary key).</source>
        <translation>设备密钥不是 base64 文本（应为使用“=”填充的标准字母表，与 IoT 中心显示的主密钥一致）。</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>不是常规文件。</translation>
    </message>
    <message>
        <source>it is larger than 4 KiB; it should hold only the base64 key.</source>
        <translation>文件大于 4 KiB；它应只包含 base64 密钥。</translation>
    </message>
</context>
<context>
    <name>LimpetSlots</name>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: the hardware device ID is derived from its name.</source>
        <translation>0x81000001 处没有持久化的存储根密钥 (SRK)：硬件设备 ID 由其名称派生。</translation>
    </message>
    <message>
        <source>The owner authorization of this TPM is set: Limpet (Windows IoT Core) defines and removes slots with the empty owner password, so the station does not write slot %1. Nothing was written.</source>
        <translation>此 TPM 的所有者授权已设置：Limpet (Windows IoT Core) 使用空所有者密码定义和删除槽位，因此工作站不会写入槽位 %1。未写入任何内容。</translation>
    </message>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: a slot&apos;s key is created under it. Take ownership of the TPM first. Nothing was written.</source>
        <translation>0x81000001 处没有持久化的存储根密钥 (SRK)：槽位的密钥在其下创建。请先获取 TPM 的所有权。未写入任何内容。</translation>
    </message>
    <message>
        <source>Slot %1 is in use (NV index %2 %3, key %4 %5): nothing was written. Replace it explicitly to destroy what it holds and provision it anew.</source>
        <translation>槽位 %1 正在使用（NV 索引 %2 %3，密钥 %4 %5）：未写入任何内容。请明确选择替换，以销毁其中内容并重新预配。</translation>
    </message>
    <message>
        <source>defined</source>
        <translation>已定义</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>Slot %1 has no key at %2: the device could not sign a token.</source>
        <translation>槽位 %1 在 %2 处没有密钥：设备无法签署令牌。</translation>
    </message>
    <message>
        <source>Slot %1 is empty: provision it first.</source>
        <translation>槽位 %1 为空：请先预配。</translation>
    </message>
    <message>
        <source>The NV index %1 of slot %2 cannot be read with the empty authorization a device uses: it does not follow the Limpet layout.</source>
        <translation>无法使用设备所用的空授权读取槽位 %2 的 NV 索引 %1：它不符合 Limpet 布局。</translation>
    </message>
    <message>
        <source>Slot %1 holds no IoT hub hostname and device ID (NV index %2): the device could not form a token.</source>
        <translation>槽位 %1 中没有 IoT 中心主机名和设备 ID（NV 索引 %2）：设备无法生成令牌。</translation>
    </message>
    <message>
        <source>Slot %1 is empty: there is nothing to destroy.</source>
        <translation>槽位 %1 为空：没有可销毁的内容。</translation>
    </message>
    <message>
        <source>The owner authorization of this TPM is set: a slot is removed with the empty owner password, as Limpet does. Nothing was removed.</source>
        <translation>此 TPM 的所有者授权已设置：与 Limpet 一样，槽位须使用空所有者密码删除。未删除任何内容。</translation>
    </message>
</context>
<context>
    <name>LineCommand</name>
    <message>
        <source> (recheck)</source>
        <translation> (复检)</translation>
    </message>
    <message>
        <source>Run the line: walk simulated devices through every registered step, recorded in the station database.</source>
        <translation>运行产线：让模拟设备依次通过每个已注册的步骤，结果记录在工作站数据库中。</translation>
    </message>
    <message>
        <source>Number of simulated devices.</source>
        <translation>模拟设备数量。</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>工作站数据库。</translation>
    </message>
    <message>
        <source>Parallel test sockets (default 1).</source>
        <translation>并行测试座数量（默认 1）。</translation>
    </message>
    <message>
        <source>Reuse (or create) the simulated fleet in DIR; default: a temporary fleet.</source>
        <translation>重用（或创建）目录中的模拟设备群；默认：临时设备群。</translation>
    </message>
    <message>
        <source>Product profile ID.</source>
        <translation>产品配置文件 ID。</translation>
    </message>
    <message>
        <source>Product profile (JSON file).</source>
        <translation>产品配置文件（JSON 文件）。</translation>
    </message>
    <message>
        <source>Operator running the line (password from STATION_PASSWORD or stdin).</source>
        <translation>运行产线的操作员（密码取自 STATION_PASSWORD 或 stdin）。</translation>
    </message>
    <message>
        <source>Leave the simulated TPMs of --root running.</source>
        <translation>让 --root 中的模拟 TPM 保持运行。</translation>
    </message>
    <message>
        <source>Print every step as soon as it is committed.</source>
        <translation>每个步骤提交后立即输出。</translation>
    </message>
    <message>
        <source>Machine-readable summary.</source>
        <translation>机器可读摘要。</translation>
    </message>
    <message>
        <source>--simulate takes a number of devices from 1 to 1000.</source>
        <translation>--simulate 需要 1 到 1000 之间的设备数量。</translation>
    </message>
    <message>
        <source>--sockets takes a number from 1 to 64.</source>
        <translation>--sockets 需要 1 到 64 之间的数字。</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>必须指定 --db 路径。</translation>
    </message>
    <message>
        <source>Line: %1, %2, database %3</source>
        <translation>产线：%1，%2，数据库 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s)</source>
        <translation>
            <numerusform>%n 台模拟设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n 个测试座</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 completed, %2 need rework, %3 not completed.</source>
        <translation>
            <numerusform>%n 台设备：%1 台已完成，%2 台需要返修，%3 台未完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming TPM lot: every device&apos;s EK must be on its delivery list.</source>
        <translation>来料 TPM lot：每台设备的 EK 都必须在其交货清单上。</translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) sent, all sent.</source>
        <translation>
            <numerusform>工厂数据库：已发送 %n 条记录，全部已发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) stay queued in the station: %1</source>
        <translation>
            <numerusform>工厂数据库：%n 条记录仍在工位队列中：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the records to this factory database while the line runs (libpq connection string; the password from PGPASSFILE/~/.pgpass or PGPASSWORD).</source>
        <translation>在产线运行期间将记录发送到此工厂数据库（libpq 连接字符串；密码来自 PGPASSFILE/~/.pgpass 或 PGPASSWORD）。</translation>
    </message>
</context>
<context>
    <name>LotBatchExporter</name>
    <message>
        <source>No lot %1 was imported.</source>
        <translation>未导入 lot %1。</translation>
    </message>
    <message>
        <source>lot %1 row %2</source>
        <translation>lot %1 第 %2 行</translation>
    </message>
    <message>
        <source>no EK_pub the TPM would report (%1)</source>
        <translation>没有 TPM 会报告的 EK_pub (%1)</translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation>未指定输出目录。</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>输出目录 %1 不为空。</translation>
    </message>
    <message numerus="yes">
        <source>No EK of lot %1 can be enrolled in DPS (%n left out).</source>
        <translation>
            <numerusform>lot %1 中没有可在 DPS 中注册的 EK（已排除 %n 个）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LotCommand</name>
    <message>
        <source>%1  part %2  %3 EK(s), %4 used  imported %5 by %6 from %7</source>
        <translation>%1  料号 %2  %3 个 EK，已用 %4  由 %6 于 %5 从 %7 导入</translation>
    </message>
    <message>
        <source>Incoming TPM lots: the TPM vendor&apos;s delivery lists of EKs.</source>
        <translation>来料 TPM lot：TPM 供应商提供的 EK 交货清单。</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>工作站数据库。</translation>
    </message>
    <message>
        <source>The supervisor signing the import (password from STATION_PASSWORD or stdin).</source>
        <translation>签署此导入的主管（密码取自 STATION_PASSWORD 或 stdin）。</translation>
    </message>
    <message>
        <source>Why (signed and audited).</source>
        <translation>原因（将被签名并审计）。</translation>
    </message>
    <message>
        <source>Lot number.</source>
        <translation>lot 编号。</translation>
    </message>
    <message>
        <source>TPM part number.</source>
        <translation>TPM 料号。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>The delivery list (CSV or JSON).</source>
        <translation>交货清单（CSV 或 JSON）。</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>必须指定 --db 路径。</translation>
    </message>
    <message>
        <source>Give one delivery list file.</source>
        <translation>请指定一个交货清单文件。</translation>
    </message>
    <message>
        <source>--lot L and --part P are required.</source>
        <translation>必须指定 --lot L 和 --part P。</translation>
    </message>
    <message>
        <source>--reason TEXT is required: it is signed and audited.</source>
        <translation>必须指定 --reason 文本：它将被签名并审计。</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>Name the lot.</source>
        <translation>请指定 lot。</translation>
    </message>
    <message>
        <source>No lot %1 was imported.</source>
        <translation>未导入 lot %1。</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli lot import FILE --lot L --part P --db PATH --as ID --reason TEXT [--json]
       tpm-station-cli lot list --db PATH [--json]
       tpm-station-cli lot show LOT --db PATH [--json]</source>
        <translation>用法：tpm-station-cli lot import 文件 --lot L --part P --db 路径 --as ID --reason 文本 [--json]
      tpm-station-cli lot list --db 路径 [--json]
      tpm-station-cli lot show LOT --db 路径 [--json]</translation>
    </message>
</context>
<context>
    <name>Lots</name>
    <message>
        <source>this EK is already on the delivery list of lot %1 (row %2): a TPM cannot be in two lots</source>
        <translation>此 EK 已在 lot %1 的交货清单上（第 %2 行）：一个 TPM 不能属于两个 lot</translation>
    </message>
    <message numerus="yes">
        <source>The delivery list has %n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>交货清单有 %n 个错误行；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery list is for lot %1, not %2; nothing was imported.</source>
        <translation>交货清单属于 lot %1，而不是 %2；未导入任何内容。</translation>
    </message>
    <message>
        <source>The delivery list is for part number %1, not %2; nothing was imported.</source>
        <translation>交货清单属于料号 %1，而不是 %2；未导入任何内容。</translation>
    </message>
    <message>
        <source>A lot needs its lot number and part number.</source>
        <translation>lot 需要其 lot 编号和料号。</translation>
    </message>
    <message>
        <source>Importing a lot needs a reason.</source>
        <translation>导入 lot 需要提供原因。</translation>
    </message>
    <message>
        <source>Lot %1 was already imported on %2 by %3; nothing was imported.</source>
        <translation>lot %1 已由 %3 于 %2 导入；未导入任何内容。</translation>
    </message>
    <message>
        <source>This EK is on no imported lot&apos;s delivery list.</source>
        <translation>此 EK 不在任何已导入 lot 的交货清单上。</translation>
    </message>
    <message>
        <source>Row %1 of lot %2 was already used by device %3.</source>
        <translation>lot %2 的第 %1 行已被设备 %3 使用。</translation>
    </message>
    <message>
        <source>The device %1 is not in the station&apos;s records.</source>
        <translation>工作站记录中没有设备 %1。</translation>
    </message>
</context>
<context>
    <name>ManifestSigner</name>
    <message>
        <source>Cannot write the export signing key %1: %2</source>
        <translation>无法写入导出签名密钥 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the export signing certificate %1: %2</source>
        <translation>无法写入导出签名证书 %1：%2</translation>
    </message>
    <message>
        <source>The export signing key %1 and certificate %2 must both exist; one is missing.</source>
        <translation>导出签名密钥 %1 和证书 %2 必须同时存在；其中一个缺失。</translation>
    </message>
    <message>
        <source>Cannot read the export signing key or certificate next to %1.</source>
        <translation>无法读取 %1 旁的导出签名密钥或证书。</translation>
    </message>
    <message>
        <source>%1 is not a private key.</source>
        <translation>%1 不是私钥。</translation>
    </message>
    <message>
        <source>%1 is not a certificate.</source>
        <translation>%1 不是证书。</translation>
    </message>
    <message>
        <source>The export signing certificate %1 does not belong to the key %2.</source>
        <translation>导出签名证书 %1 与密钥 %2 不对应。</translation>
    </message>
    <message>
        <source>Cannot write the signed manifest into %1.</source>
        <translation>无法将已签名的清单写入 %1。</translation>
    </message>
    <message>
        <source>The export signing key %1 is accessible to other users (mode %2); it must be readable by its owner only (chmod 600).</source>
        <translation>其他用户可以访问导出签名密钥 %1（模式 %2）；它必须仅对其所有者可读 (chmod 600)。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Unknown schema version %1.</source>
        <translation>未知的架构版本 %1。</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>迁移到架构 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>OperatorCommand</name>
    <message>
        <source>Usage: tpm-station-cli operator add|list|disable --db PATH [options]
Passwords come from STATION_NEW_PASSWORD / STATION_PASSWORD or stdin, never from the command line.</source>
        <translation>用法：tpm-station-cli operator add|list|disable --db 路径 [选项]
密码取自 STATION_NEW_PASSWORD / STATION_PASSWORD 或 stdin，绝不从命令行读取。</translation>
    </message>
    <message>
        <source>Manage the station&apos;s operators.</source>
        <translation>管理工作站的操作员。</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>工作站数据库。</translation>
    </message>
    <message>
        <source>Operator ID.</source>
        <translation>操作员 ID。</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>全名。</translation>
    </message>
    <message>
        <source>operator, supervisor, quality or admin.</source>
        <translation>operator、supervisor、quality 或 admin。</translation>
    </message>
    <message>
        <source>The admin doing this (password from STATION_PASSWORD or stdin).</source>
        <translation>执行此操作的管理员（密码取自 STATION_PASSWORD 或 stdin）。</translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail).</source>
        <translation>原因（记录在审计跟踪中）。</translation>
    </message>
    <message>
        <source>Read passwords from stdin, one per line (new password first, then the admin&apos;s).</source>
        <translation>从 stdin 读取密码，每行一个（先是新密码，然后是管理员密码）。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>必须指定 --db 路径。</translation>
    </message>
    <message>
        <source>--role must be operator, supervisor, quality or admin.</source>
        <translation>--role 必须为 operator、supervisor、quality 或 admin。</translation>
    </message>
    <message>
        <source>--id and --name are required.</source>
        <translation>必须指定 --id 和 --name。</translation>
    </message>
    <message>
        <source>Give the new password in STATION_NEW_PASSWORD or on stdin (--password-stdin).</source>
        <translation>请通过 STATION_NEW_PASSWORD 或 stdin (--password-stdin) 提供新密码。</translation>
    </message>
    <message>
        <source>Operator %1 (%2, %3) added.</source>
        <translation>已添加操作员 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>--id and --reason are required.</source>
        <translation>必须指定 --id 和 --reason。</translation>
    </message>
    <message>
        <source>Operator %1 disabled.</source>
        <translation>已停用操作员 %1。</translation>
    </message>
    <message>
        <source>Order rework of a device that exhausted its retries (supervisor&apos;s electronic signature).</source>
        <translation>为已用尽重试次数的设备安排返修（需主管电子签名）。</translation>
    </message>
    <message>
        <source>Device serial.</source>
        <translation>设备序列号。</translation>
    </message>
    <message>
        <source>Product profile ID.</source>
        <translation>产品配置文件 ID。</translation>
    </message>
    <message>
        <source>Signing supervisor (password from STATION_PASSWORD or stdin).</source>
        <translation>签名的主管（密码取自 STATION_PASSWORD 或 stdin）。</translation>
    </message>
    <message>
        <source>Reason for the rework.</source>
        <translation>返修原因。</translation>
    </message>
    <message>
        <source>--db, --serial, --as and --reason are required.</source>
        <translation>必须指定 --db、--serial、--as 和 --reason。</translation>
    </message>
    <message>
        <source>Rework of %1 approved and signed by %2.</source>
        <translation>%1 的返修已由 %2 批准并签名。</translation>
    </message>
    <message>
        <source>Run the device again from this step (e.g. ownership-taken after a TPM clear); default: the step that failed.</source>
        <translation>从此步骤重新运行设备（例如 TPM 清除后的 ownership-taken）；默认：失败的步骤。</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; (--from-step): use tpm-installed, ek-extracted, ownership-taken, firmware-flashed or qa-check.</source>
        <translation>未知步骤“%1”(--from-step)：请使用 tpm-installed、ek-extracted、ownership-taken、firmware-flashed 或 qa-check。</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>An admin must sign in to add an operator.</source>
        <translation>必须由管理员登录才能添加操作员。</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>&apos;%1&apos; is not a valid operator ID (letters, digits, . _ -; up to 64 characters).</source>
        <translation>“%1”不是有效的操作员 ID（字母、数字、. _ -；最多 64 个字符）。</translation>
    </message>
    <message>
        <source>An operator needs a full name.</source>
        <translation>操作员必须有全名。</translation>
    </message>
    <message>
        <source>The password or PIN must have at least %1 characters.</source>
        <translation>密码或 PIN 至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password could not be hashed (scrypt unavailable).</source>
        <translation>无法对密码进行哈希处理（scrypt 不可用）。</translation>
    </message>
    <message>
        <source>The first operator of a station must be an admin.</source>
        <translation>工作站的第一个操作员必须是管理员。</translation>
    </message>
    <message>
        <source>Only an admin can add operators.</source>
        <translation>只有管理员才能添加操作员。</translation>
    </message>
    <message>
        <source>Operator ID %1 is already taken.</source>
        <translation>操作员 ID %1 已被占用。</translation>
    </message>
    <message>
        <source>Disabling an operator needs a reason.</source>
        <translation>停用操作员需要提供原因。</translation>
    </message>
    <message>
        <source>Only an admin can disable operators.</source>
        <translation>只有管理员才能停用操作员。</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>没有操作员 %1。</translation>
    </message>
    <message>
        <source>Admins cannot disable themselves.</source>
        <translation>管理员不能停用自己。</translation>
    </message>
    <message>
        <source>Unknown operator ID or wrong password.</source>
        <translation>操作员 ID 未知或密码错误。</translation>
    </message>
    <message>
        <source>Operator %1 is disabled.</source>
        <translation>操作员 %1 已停用。</translation>
    </message>
    <message>
        <source>Operator %1 is locked after %2 failed attempts; try again in %3 minutes.</source>
        <translation>操作员 %1 在 %2 次尝试失败后已被锁定；请在 %3 分钟后重试。</translation>
    </message>
    <message>
        <source>Wrong password. Operator %1 is now locked for %2 minutes.</source>
        <translation>密码错误。操作员 %1 现已被锁定 %2 分钟。</translation>
    </message>
</context>
<context>
    <name>OwnershipCommand</name>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI（默认：TPM2TOOLS_TCTI，否则为 device:/dev/tpmrm0）。</translation>
    </message>
    <message>
        <source>Step 3: take ownership of a TPM (secrets escrowed to the owner&apos;s certificate).</source>
        <translation>步骤 3：获取 TPM 的所有权（机密托管到所有者的证书）。</translation>
    </message>
    <message>
        <source>The device owner&apos;s escrow certificate (PEM or DER).</source>
        <translation>设备所有者的托管证书（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>Device serial number.</source>
        <translation>设备序列号。</translation>
    </message>
    <message>
        <source>Device UUID (default: a new one).</source>
        <translation>设备 UUID（默认：新生成一个）。</translation>
    </message>
    <message>
        <source>DA maxTries (default 32).</source>
        <translation>DA maxTries（默认 32）。</translation>
    </message>
    <message>
        <source>DA recoveryTime in seconds (default 7200).</source>
        <translation>DA recoveryTime，单位为秒（默认 7200）。</translation>
    </message>
    <message>
        <source>DA lockoutRecovery in seconds (default 86400).</source>
        <translation>DA lockoutRecovery，单位为秒（默认 86400）。</translation>
    </message>
    <message>
        <source>Disable TPM2_Clear (TPM2_ClearControl).</source>
        <translation>禁用 TPM2_Clear (TPM2_ClearControl)。</translation>
    </message>
    <message>
        <source>Also set the endorsement authorization (breaks DPS TPM attestation in the field).</source>
        <translation>同时设置背书授权（会导致现场的 DPS TPM 证明失败）。</translation>
    </message>
    <message>
        <source>Also set the owner authorization (only for a device client that is given it).</source>
        <translation>同时设置所有者授权（仅适用于会获得该授权的设备客户端）。</translation>
    </message>
    <message>
        <source>The software the device runs for DPS (default azure-iot-sdk-c; see docs/OWNERSHIP.md).</source>
        <translation>设备用于 DPS 的软件（默认 azure-iot-sdk-c；参见 docs/OWNERSHIP.md）。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>--serial is required.</source>
        <translation>必须指定 --serial。</translation>
    </message>
    <message>
        <source>--escrow-cert is required.</source>
        <translation>必须指定 --escrow-cert。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 需要一个整数。</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Rework: TPM2_Clear (platform hierarchy, or the escrowed lockout authorization) and the EK re-persisted.</source>
        <translation>返修：TPM2_Clear（平台层次结构或托管的锁定授权），并重新持久化 EK。</translation>
    </message>
    <message>
        <source>Why the TPM is cleared (required).</source>
        <translation>清除 TPM 的原因（必填）。</translation>
    </message>
    <message>
        <source>Clear with the platform hierarchy (empty platform auth).</source>
        <translation>使用平台层次结构清除（空平台授权）。</translation>
    </message>
    <message>
        <source>Clear with the escrowed lockout authorization, opened with the owner&apos;s private key.</source>
        <translation>使用托管的锁定授权清除，该授权用所有者的私钥打开。</translation>
    </message>
    <message>
        <source>--serial and --reason are required.</source>
        <translation>必须指定 --serial 和 --reason。</translation>
    </message>
    <message>
        <source>Give exactly one of --platform and --lockout-key.</source>
        <translation>请在 --platform 和 --lockout-key 中只指定一个。</translation>
    </message>
    <message>
        <source>No applied lockout authorization is escrowed for serial %1: refusing to guess (a wrong lockout value locks the TPM&apos;s lockout hierarchy).</source>
        <translation>序列号 %1 没有已应用的托管锁定授权：拒绝猜测（错误的锁定值会锁住 TPM 的锁定层次结构）。</translation>
    </message>
    <message>
        <source>TPM cleared; EK re-persisted at 0x81010001; escrow records of %1 revoked.</source>
        <translation>TPM 已清除；EK 已重新持久化到 0x81010001；%1 的托管记录已撤销。</translation>
    </message>
    <message>
        <source>Check that a TPM&apos;s authorizations fit the device&apos;s DPS client (no authorization is tried).</source>
        <translation>检查 TPM 的授权是否与设备的 DPS 客户端匹配（不会尝试任何授权）。</translation>
    </message>
    <message>
        <source>The software the device runs for DPS (default azure-iot-sdk-c).</source>
        <translation>设备用于 DPS 的软件（默认 azure-iot-sdk-c）。</translation>
    </message>
    <message>
        <source>The TPM&apos;s authorizations fit %1.</source>
        <translation>TPM 的授权与 %1 匹配。</translation>
    </message>
    <message>
        <source>The device needs rework before %1 can provision it. %2</source>
        <translation>设备需要返修后 %1 才能对其进行预配。%2</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ownership take|clear|verify [options] (--help for details)</source>
        <translation>用法：tpm-station-cli ownership take|clear|verify [选项]（详情请用 --help）</translation>
    </message>
</context>
<context>
    <name>OwnershipConfig</name>
    <message>
        <source>The ownership setting &quot;%1&quot; must be a whole number from %2 to 4294967295.</source>
        <translation>所有权设置“%1”必须是 %2 到 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>The ownership setting &quot;%1&quot; must be true or false.</source>
        <translation>所有权设置“%1”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>The product profile has no escrow certificate (ownership.escrowCertificate): the owner&apos;s certificate is required to escrow the TPM&apos;s owner secrets.</source>
        <translation>产品配置文件中没有托管证书 (ownership.escrowCertificate)：托管 TPM 的所有者机密需要所有者的证书。</translation>
    </message>
    <message>
        <source>Unknown ownership setting &quot;%1&quot;.</source>
        <translation>未知的所有权设置“%1”。</translation>
    </message>
    <message>
        <source>The product profile sets the owner authorization (ownership.setOwnerAuth), but its device client %1 needs it empty: %1 persists its DPS key with TPM2_EvictControl through the owner hierarchy with an empty password, and would be refused in the field. Leave setOwnerAuth false, or use device.client &quot;aziot-identity-service&quot; with hierarchyAuthorization and ownerAuthDelivery.</source>
        <translation>产品配置文件设置了所有者授权 (ownership.setOwnerAuth)，但其设备客户端 %1 要求该授权为空：%1 通过所有者层次结构、使用空密码以 TPM2_EvictControl 持久化其 DPS 密钥，在现场会被拒绝。请将 setOwnerAuth 保持为 false，或使用 device.client“aziot-identity-service”并配合 hierarchyAuthorization 和 ownerAuthDelivery。</translation>
    </message>
    <message>
        <source>The product profile sets the endorsement authorization (ownership.setEndorsementAuth), but its device client %1 needs it empty: it proves the EK under PolicySecret(endorsement) with an empty password, so DPS TPM attestation would fail. Only device.client &quot;none&quot; allows it.</source>
        <translation>产品配置文件设置了背书授权 (ownership.setEndorsementAuth)，但其设备客户端 %1 要求该授权为空：它在 PolicySecret(endorsement) 下使用空密码证明 EK，因此 DPS TPM 证明将会失败。只有 device.client“none”允许这样做。</translation>
    </message>
    <message>
        <source>The escrow certificate pin (ownership.escrowCertificateSha256) must be the 64 hex digits of the certificate&apos;s SHA-256 (openssl x509 -outform DER | sha256sum).</source>
        <translation>托管证书的固定值 (ownership.escrowCertificateSha256) 必须是证书 SHA-256 的 64 个十六进制数字 (openssl x509 -outform DER | sha256sum)。</translation>
    </message>
</context>
<context>
    <name>OwnershipTakenStation</name>
    <message>
        <source>The escrow certificate of this product cannot be used: %1</source>
        <translation>此产品的托管证书无法使用：%1</translation>
    </message>
    <message>
        <source>No escrow store is configured.</source>
        <translation>未配置托管存储。</translation>
    </message>
    <message>
        <source>The device has no serial number.</source>
        <translation>设备没有序列号。</translation>
    </message>
    <message>
        <source>WARNING: the endorsement authorization is set. The DPS client uses an empty endorsement authorization: TPM attestation with the Device Provisioning Service WILL FAIL in the field for this device.</source>
        <translation>警告：背书授权已设置。DPS 客户端使用空背书授权：此设备在现场向 Device Provisioning Service 进行 TPM 证明时必定失败。</translation>
    </message>
    <message>
        <source>A rework needs a reason.</source>
        <translation>返修需要提供原因。</translation>
    </message>
    <message>
        <source>Clearing with the lockout hierarchy needs the escrowed lockout authorization.</source>
        <translation>使用锁定层次结构清除需要托管的锁定授权。</translation>
    </message>
    <message>
        <source>This TPM was owned under the earlier rule: %1. The ownership step cannot undo it. %2</source>
        <translation>此 TPM 是按照旧规则获取所有权的：%1。所有权步骤无法撤销此操作。%2</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The factory database %1 refused the credentials. The password comes from the password file (PGPASSFILE or ~/.pgpass) or PGPASSWORD, never from the command line.</source>
        <translation>工厂数据库 %1 拒绝了凭据。密码取自密码文件（PGPASSFILE 或 ~/.pgpass）或 PGPASSWORD，绝不从命令行读取。</translation>
    </message>
    <message>
        <source>The factory database %1 cannot be reached over the TLS the connection asks for (sslmode): %2</source>
        <translation>无法通过连接所要求的 TLS (sslmode) 访问工厂数据库 %1：%2</translation>
    </message>
    <message>
        <source>The factory database %1 cannot be reached: %2</source>
        <translation>无法访问工厂数据库 %1：%2</translation>
    </message>
    <message>
        <source>The factory database connection string does not parse: %1</source>
        <translation>无法解析工厂数据库的连接字符串：%1</translation>
    </message>
    <message>
        <source>The factory database connection string holds a password. Put it in the password file (PGPASSFILE or ~/.pgpass) or PGPASSWORD instead.</source>
        <translation>工厂数据库的连接字符串中含有密码。请改为将密码放入密码文件（PGPASSFILE 或 ~/.pgpass）或 PGPASSWORD 中。</translation>
    </message>
    <message>
        <source>Out of memory connecting to the factory database.</source>
        <translation>连接工厂数据库时内存不足。</translation>
    </message>
    <message>
        <source>The connection to the factory database %1 was lost: %2</source>
        <translation>与工厂数据库 %1 的连接已断开：%2</translation>
    </message>
    <message>
        <source>The factory database %1 does not permit this role to run %2: %3</source>
        <translation>工厂数据库 %1 不允许此角色执行 %2：%3</translation>
    </message>
    <message>
        <source>The factory database %1 refused the %2 statement: %3</source>
        <translation>工厂数据库 %1 拒绝了 %2 语句：%3</translation>
    </message>
    <message>
        <source>The factory database %1 did not answer the connection in time.</source>
        <translation>工厂数据库 %1 未能及时响应连接。</translation>
    </message>
    <message>
        <source>The factory database %1 did not answer the %2 statement in time; it was cancelled.</source>
        <translation>工厂数据库 %1 未能及时响应 %2 语句；该语句已取消。</translation>
    </message>
</context>
<context>
    <name>ProductProfile</name>
    <message>
        <source>Cannot read the product profile %1: %2</source>
        <translation>无法读取产品配置文件 %1：%2</translation>
    </message>
    <message>
        <source>The product profile %1 is not valid JSON: %2</source>
        <translation>产品配置文件 %1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>The product profile needs an ID (1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit) and maxRetries from 1 to 100.</source>
        <translation>产品配置文件需要 ID（1 到 64 个字母、数字、“.”、“_”或“-”，以字母或数字开头），且 maxRetries 须为 1 到 100。</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Usage: tpm-station-cli profile pin-escrow --db PATH --profile FILE --as ADMIN --reason TEXT</source>
        <translation>用法：tpm-station-cli profile pin-escrow --db 路径 --profile 文件 --as 管理员 --reason 文本</translation>
    </message>
    <message>
        <source>Pin the product profile&apos;s escrow certificate: its SHA-256 is written to ownership.escrowCertificateSha256, signed by an administrator and audited.</source>
        <translation>固定产品配置文件的托管证书：其 SHA-256 写入 ownership.escrowCertificateSha256，由管理员签名并审计。</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>工作站数据库。</translation>
    </message>
    <message>
        <source>The product profile to change.</source>
        <translation>要更改的产品配置文件。</translation>
    </message>
    <message>
        <source>The administrator signing (password from STATION_PASSWORD or stdin).</source>
        <translation>签名的管理员（密码取自 STATION_PASSWORD 或 stdin）。</translation>
    </message>
    <message>
        <source>Why the pin changes.</source>
        <translation>更改固定值的原因。</translation>
    </message>
    <message>
        <source>Escrow certificate %1 pinned in profile %2: SHA-256 %3 (was %4).</source>
        <translation>托管证书 %1 已固定在配置文件 %2 中：SHA-256 %3（原为 %4）。</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>未固定</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>The product profile is refused: %1</source>
        <translation>产品配置文件被拒绝：%1</translation>
    </message>
    <message>
        <source>The product profile %1 is a production profile: it cannot run on simulated devices.</source>
        <translation>产品配置文件 %1 是生产配置文件：不能在模拟设备上运行。</translation>
    </message>
</context>
<context>
    <name>ProvisioningSettings</name>
    <message>
        <source>The DPS endpoint &apos;%1&apos; is not a host name (for example %2).</source>
        <translation>DPS 终结点“%1”不是主机名（例如 %2）。</translation>
    </message>
    <message>
        <source>The DPS ID scope &apos;%1&apos; is not valid: it is &apos;0ne&apos; followed by 8 upper-case letters or digits, for example 0ne000A1B2C.</source>
        <translation>DPS ID 范围“%1”无效：它应为“0ne”后跟 8 个大写字母或数字，例如 0ne000A1B2C。</translation>
    </message>
    <message>
        <source>The registration ID &apos;%1&apos; is not valid: up to 128 lower-case letters, digits and - . _ :, beginning and ending with a letter or digit.</source>
        <translation>注册 ID“%1”无效：最多 128 个小写字母、数字和 - . _ :，且必须以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>The product &apos;%1&apos; is not valid: 1 to 64 letters, digits and . _ -.</source>
        <translation>产品“%1”无效：应为 1 到 64 个字母、数字和 . _ -。</translation>
    </message>
    <message>
        <source>The provisioning settings have an unknown format.</source>
        <translation>预配设置的格式未知。</translation>
    </message>
    <message>
        <source>The provisioning settings do not fit into the TPM&apos;s settings index.</source>
        <translation>预配设置超出了 TPM 设置索引的容量。</translation>
    </message>
    <message>
        <source>The TPM holds no valid provisioning settings (%1).</source>
        <translation>TPM 中没有有效的预配设置 (%1)。</translation>
    </message>
</context>
<context>
    <name>QaCheckStation</name>
    <message numerus="yes">
        <source>(%n more problem(s) found, see details.)</source>
        <translation>
            <numerusform>（另发现 %n 个问题，请查看详情。）</numerusform>
        </translation>
    </message>
    <message>
        <source>A QA measurement is out of its limits.</source>
        <translation>有 QA 测量值超出限值。</translation>
    </message>
    <message>
        <source>A DPS identity key is left at %1: the device must not ship with it. Repeat the QA check.</source>
        <translation>%1 处仍留有 DPS 身份密钥：设备不得带着它出厂。请重新进行 QA 检查。</translation>
    </message>
    <message>
        <source>The TPM holds objects the product does not ship with: %1. Send the device to rework.</source>
        <translation>TPM 中有产品出厂时不应包含的对象：%1。请将设备送去返修。</translation>
    </message>
    <message>
        <source>The product profile has no DPS ID scope (section &quot;dps&quot;, key &quot;idScope&quot;).</source>
        <translation>产品配置文件中没有 DPS ID 范围（“dps”部分的“idScope”键）。</translation>
    </message>
    <message>
        <source>The DPS ID scope &quot;%1&quot; is not valid.</source>
        <translation>DPS ID 范围“%1”无效。</translation>
    </message>
    <message>
        <source>qa.sasValiditySeconds must lie between 60 and 31536000.</source>
        <translation>qa.sasValiditySeconds 必须介于 60 和 31536000 之间。</translation>
    </message>
    <message>
        <source>qa.firmwareNvIndex is not an NV index (0x01xxxxxx).</source>
        <translation>qa.firmwareNvIndex 不是 NV 索引 (0x01xxxxxx)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a DPS registration ID (a-z, 0-9, - . _ : only, at most 128).</source>
        <translation>“%1”不能用作 DPS 注册 ID（只能包含 a-z、0-9、- . _ :，最多 128 个）。</translation>
    </message>
    <message>
        <source>The EK recorded by the EK step is missing. Run the EK step first.</source>
        <translation>缺少 EK 步骤记录的 EK。请先运行 EK 步骤。</translation>
    </message>
    <message>
        <source>No EK is persisted at 0x81010001: the device&apos;s DPS client would find no EK. Send the device back to the EK step.</source>
        <translation>0x81010001 处没有持久化的 EK：设备的 DPS 客户端将找不到 EK。请将设备送回 EK 步骤。</translation>
    </message>
    <message>
        <source>The EK at 0x81010001 changed since the EK step: the enrollment recorded for this device would not match. Send the device to rework.</source>
        <translation>0x81010001 处的 EK 在 EK 步骤之后已更改：为此设备记录的注册将不匹配。请将设备送去返修。</translation>
    </message>
    <message>
        <source>No SRK is persisted at 0x81000001: DPS attestation would fail. Send the device back to the ownership step.</source>
        <translation>0x81000001 处没有持久化的 SRK：DPS 证明将会失败。请将设备送回所有权步骤。</translation>
    </message>
    <message>
        <source>The SRK at 0x81000001 is not of the standard template. Send the device back to the ownership step.</source>
        <translation>0x81000001 处的 SRK 不符合标准模板。请将设备送回所有权步骤。</translation>
    </message>
    <message>
        <source>The lockout authorization is still empty: ownership was not taken. Send the device back to the ownership step.</source>
        <translation>锁定授权仍为空：尚未获取所有权。请将设备送回所有权步骤。</translation>
    </message>
    <message>
        <source>The firmware settings (NV index %1) are missing or unreadable. Send the device back to the firmware step.</source>
        <translation>固件设置（NV 索引 %1）缺失或无法读取。请将设备送回固件步骤。</translation>
    </message>
    <message>
        <source>The QA check was cancelled.</source>
        <translation>QA 检查已取消。</translation>
    </message>
    <message>
        <source>The station could not prepare the DPS rehearsal.</source>
        <translation>工作站无法准备 DPS 预演。</translation>
    </message>
    <message>
        <source>The SAS token signed by the TPM does not verify: DPS would refuse the device. Send the device to rework.</source>
        <translation>TPM 签名的 SAS 令牌未通过验证：DPS 将拒绝该设备。请将设备送去返修。</translation>
    </message>
    <message>
        <source>The QA key could not be removed from the TPM (handle %1). Repeat the QA check; the device must not ship with it.</source>
        <translation>无法从 TPM 中删除 QA 密钥（句柄 %1）。请重新进行 QA 检查；设备不得带着它出厂。</translation>
    </message>
    <message>
        <source>%1: %2 with empty owner authorization is refused — the owner authorization does not match.</source>
        <translation>%1：使用空所有者授权的 %2 被拒绝 — 所有者授权不匹配。</translation>
    </message>
    <message>
        <source>%1: %2 with the owner authorization the device is given is refused — the owner authorization does not match.</source>
        <translation>%1：使用设备所获所有者授权的 %2 被拒绝 — 所有者授权不匹配。</translation>
    </message>
    <message>
        <source>%1 uses %2, which this TPM does not implement: the client would fail in the field. This TPM cannot serve %1.</source>
        <translation>%1 使用 %2，而此 TPM 未实现该功能：客户端在现场将会失败。此 TPM 无法用于 %1。</translation>
    </message>
</context>
<context>
    <name>RegistrationId</name>
    <message>
        <source>The registration ID is empty.</source>
        <translation>注册 ID 为空。</translation>
    </message>
    <message>
        <source>The registration ID has %1 characters; at most 128 are allowed.</source>
        <translation>注册 ID 有 %1 个字符；最多允许 128 个。</translation>
    </message>
    <message>
        <source>The registration ID must be lowercase (&apos;%1&apos;).</source>
        <translation>注册 ID 必须为小写（“%1”）。</translation>
    </message>
    <message>
        <source>The registration ID may contain only letters, digits and - . _ : (found &apos;%1&apos;).</source>
        <translation>注册 ID 只能包含字母、数字和 - . _ :（发现“%1”）。</translation>
    </message>
    <message>
        <source>The registration ID must start and end with a letter or digit.</source>
        <translation>注册 ID 必须以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>The EK file is empty.</source>
        <translation>EK 文件为空。</translation>
    </message>
    <message>
        <source>This is neither a binary TPM2B_PUBLIC (as written by tpm2_createek -u) nor its base64 text.</source>
        <translation>这既不是二进制 TPM2B_PUBLIC（由 tpm2_createek -u 写出），也不是其 base64 文本。</translation>
    </message>
    <message>
        <source>The EK is not a valid TPM2B_PUBLIC.</source>
        <translation>EK 不是有效的 TPM2B_PUBLIC。</translation>
    </message>
    <message>
        <source>The EK is an ECC key: Azure DPS TPM attestation accepts RSA-2048 EKs only. Configure the product for the RSA-2048 EK (algorithm rsa2048).</source>
        <translation>EK 是 ECC 密钥：Azure DPS TPM 证明只接受 RSA-2048 EK。请将产品配置为使用 RSA-2048 EK（算法 rsa2048）。</translation>
    </message>
    <message>
        <source>Azure DPS TPM attestation accepts RSA-2048 EKs only.</source>
        <translation>Azure DPS TPM 证明只接受 RSA-2048 EK。</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>The factory database committed the records, but the station database could not note it (they will be sent again, harmlessly): %1</source>
        <translation>工厂数据库已提交这些记录，但工作站数据库未能记下这一点（这些记录将被再次发送，不会造成影响）：%1</translation>
    </message>
    <message>
        <source>The factory database answered the batch unexpectedly.</source>
        <translation>工厂数据库对该批次的应答出乎意料。</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Run the station on its embedded default: the line over a simulated TPM fleet.</source>
        <translation>以内置默认配置运行工作站：在模拟 TPM 设备群上运行产线。</translation>
    </message>
    <message>
        <source>Fleet root directory.</source>
        <translation>设备群根目录。</translation>
    </message>
    <message>
        <source>Number of simulated devices.</source>
        <translation>模拟设备数量。</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>工作站数据库。</translation>
    </message>
    <message>
        <source>Parallel test sockets.</source>
        <translation>并行测试座数量。</translation>
    </message>
    <message>
        <source>Leave the simulated TPMs running.</source>
        <translation>让模拟 TPM 保持运行。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>--simulate takes a positive whole number.</source>
        <translation>--simulate 需要一个正整数。</translation>
    </message>
    <message>
        <source>--sockets takes a number from 1 to 64.</source>
        <translation>--sockets 需要 1 到 64 之间的数字。</translation>
    </message>
    <message>
        <source>Simulated fleet: %1</source>
        <translation>模拟设备群：%1</translation>
    </message>
    <message>
        <source>Station database: %1</source>
        <translation>工作站数据库：%1</translation>
    </message>
    <message>
        <source>Product profile (JSON file); default: the simulation kit&apos;s profile in the fleet root.</source>
        <translation>产品配置文件（JSON 文件）；默认：设备群根目录中模拟套件的配置文件。</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>The firmware-signing key %1 cannot be used (%2). Ask a supervisor to check the product profile.</source>
        <translation>固件签名密钥 %1 无法使用 (%2)。请让主管检查产品配置文件。</translation>
    </message>
    <message>
        <source>The firmware was signed with a key this product does not trust. Nothing was written; set the release aside and call engineering.</source>
        <translation>该固件由本产品不信任的密钥签名。未写入任何内容；请将该版本搁置并联系工程部门。</translation>
    </message>
    <message>
        <source>The firmware signature is not valid: the release may have been altered. Nothing was written; call engineering.</source>
        <translation>固件签名无效：该版本可能已被篡改。未写入任何内容；请联系工程部门。</translation>
    </message>
</context>
<context>
    <name>SignedChange</name>
    <message>
        <source>Only %1 may do this (%2); %3 is %4.</source>
        <translation>只有%1可以执行此操作 (%2)；%3 是%4。</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Manage the simulated TPM fleet (swtpm devices with EK certificates).</source>
        <translation>管理模拟 TPM 设备群（带 EK 证书的 swtpm 设备）。</translation>
    </message>
    <message>
        <source>Fleet root directory (default: %1).</source>
        <translation>设备群根目录（默认：%1）。</translation>
    </message>
    <message>
        <source>Number of devices (create).</source>
        <translation>设备数量 (create)。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>--count takes a positive whole number.</source>
        <translation>--count 需要一个正整数。</translation>
    </message>
    <message>
        <source>No simulated fleet at %1.</source>
        <translation>%1 处没有模拟设备群。</translation>
    </message>
    <message>
        <source>swtpm timing</source>
        <translation>swtpm 时序</translation>
    </message>
    <message>
        <source>simulated %1 timing</source>
        <translation>模拟 %1 时序</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli sim create|start|stop|list --root DIR [--count N] [--timing dtpm|fast|none] [--timing-seed HEX] [--json]</source>
        <translation>用法：tpm-station-cli sim create|start|stop|list --root 目录 [--count N] [--timing dtpm|fast|none] [--timing-seed HEX] [--json]</translation>
    </message>
    <message>
        <source>Make the simulated TPMs answer as slowly as a discrete TPM (create): dtpm (typical), fast, or none (as fast as swtpm).</source>
        <translation>让模拟 TPM 像独立 TPM 一样慢速响应 (create)：dtpm（典型）、fast 或 none（与 swtpm 一样快）。</translation>
    </message>
    <message>
        <source>Seed of the timing model&apos;s draws, hexadecimal (create).</source>
        <translation>时序模型随机抽样的种子，十六进制 (create)。</translation>
    </message>
    <message>
        <source>--timing-seed takes a hexadecimal number.</source>
        <translation>--timing-seed 需要一个十六进制数。</translation>
    </message>
    <message>
        <source>--timing takes one of: %1.</source>
        <translation>--timing 必须是以下之一：%1。</translation>
    </message>
</context>
<context>
    <name>SimFleet</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a simulated fleet of this station</source>
        <translation>%1 不是本工作站的模拟设备群</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>swtpm_localca is not installed (package swtpm-tools).</source>
        <translation>未安装 swtpm_localca（软件包 swtpm-tools）。</translation>
    </message>
    <message>
        <source>No simulated device with serial %1 in %2</source>
        <translation>%2 中没有序列号为 %1 的模拟设备</translation>
    </message>
    <message>
        <source>swtpm_setup is not installed (package swtpm-tools).</source>
        <translation>未安装 swtpm_setup（软件包 swtpm-tools）。</translation>
    </message>
    <message>
        <source>swtpm_setup failed for %1: %2</source>
        <translation>%1 的 swtpm_setup 失败：%2</translation>
    </message>
    <message>
        <source>A fleet holds 1 to 1000 devices; %1 was asked for.</source>
        <translation>设备群包含 1 到 1000 个设备；请求的数量为 %1。</translation>
    </message>
    <message>
        <source>Another process is using the fleet at %1</source>
        <translation>另一个进程正在使用 %1 处的设备群</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no fleet; choose an empty directory</source>
        <translation>%1 不为空且不包含设备群；请选择一个空目录</translation>
    </message>
    <message>
        <source>swtpm is not installed (package swtpm).</source>
        <translation>未安装 swtpm（软件包 swtpm）。</translation>
    </message>
    <message>
        <source>No free pair of loopback ports</source>
        <translation>没有空闲的环回端口对</translation>
    </message>
    <message>
        <source>swtpm did not answer on port %1</source>
        <translation>swtpm 未在端口 %1 上应答</translation>
    </message>
    <message>
        <source>swtpm for %1 would not start: %2</source>
        <translation>%1 的 swtpm 无法启动：%2</translation>
    </message>
    <message>
        <source>No simulated fleet at %1; create one first</source>
        <translation>%1 处没有模拟设备群；请先创建一个</translation>
    </message>
    <message>
        <source>Unknown timing model %1: choose one of %2.</source>
        <translation>未知时序模型 %1：请从 %2 中选择一个。</translation>
    </message>
    <message>
        <source>The timing model %1 is invalid: %2</source>
        <translation>时序模型 %1 无效：%2</translation>
    </message>
</context>
<context>
    <name>SimulatedFlasher</name>
    <message>
        <source>The firmware image could not be read for flashing.</source>
        <translation>无法读取要烧录的固件映像。</translation>
    </message>
    <message>
        <source>The simulated device has no flash memory. Recreate the simulated fleet.</source>
        <translation>模拟设备没有闪存。请重新创建模拟设备群。</translation>
    </message>
    <message>
        <source>The firmware image (%1 bytes) is larger than the device&apos;s flash (%2 bytes).</source>
        <translation>固件映像（%1 字节）大于设备的闪存（%2 字节）。</translation>
    </message>
    <message>
        <source>The programmer reported an error. The firmware is NOT flashed: see the programmer log.</source>
        <translation>烧录器报告错误。固件未烧录：请查看烧录器日志。</translation>
    </message>
    <message>
        <source>Flashing was cancelled. The firmware is NOT flashed.</source>
        <translation>烧录已取消。固件未烧录。</translation>
    </message>
    <message>
        <source>The programmer did not finish within %1 s and was stopped. The firmware is NOT flashed: check the programmer connection and try again.</source>
        <translation>烧录器未在 %1 秒内完成，已被停止。固件未烧录：请检查烧录器连接后重试。</translation>
    </message>
    <message>
        <source>The simulated flash could not be written.</source>
        <translation>无法写入模拟闪存。</translation>
    </message>
    <message>
        <source>The simulated flash could not be read back.</source>
        <translation>无法回读模拟闪存。</translation>
    </message>
    <message>
        <source>The device does not hold the image that was flashed (read-back differs). The firmware is NOT flashed: try again, then set the device aside.</source>
        <translation>设备中的映像与烧录的映像不符（回读数据不同）。固件未烧录：请重试，然后将设备放到一边。</translation>
    </message>
</context>
<context>
    <name>SimulationKit</name>
    <message>
        <source>The simulation kit failed at: %1 (%2).</source>
        <translation>模拟套件在以下环节失败：%1 (%2)。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The simulation kit needs a fleet root directory.</source>
        <translation>模拟套件需要一个设备群根目录。</translation>
    </message>
    <message>
        <source>Simulated widget (simulation kit)</source>
        <translation>模拟小部件（模拟套件）</translation>
    </message>
</context>
<context>
    <name>SlotCommand</name>
    <message>
        <source>TCTI, e.g. swtpm:host=127.0.0.1,port=2321 (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI，例如 swtpm:host=127.0.0.1,port=2321（默认：TPM2TOOLS_TCTI，否则为 device:/dev/tpmrm0）。</translation>
    </message>
    <message>
        <source>Logical slot, 0 to 9.</source>
        <translation>逻辑槽位，0 到 9。</translation>
    </message>
    <message>
        <source>Add --replace to do so.</source>
        <translation>如需这样做，请添加 --replace。</translation>
    </message>
    <message>
        <source>--slot must be a whole number from 0 to 9, not &quot;%1&quot;.</source>
        <translation>--slot 必须是 0 到 9 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>槽位</translation>
    </message>
    <message>
        <source>NV index</source>
        <translation>NV 索引</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hostname / device ID</source>
        <translation>主机名 / 设备 ID</translation>
    </message>
    <message>
        <source>%1 / %2 (hardware device ID)</source>
        <translation>%1 / %2（硬件设备 ID）</translation>
    </message>
    <message>
        <source>The ten Limpet slots of a TPM: hostname and device ID, never the key.</source>
        <translation>TPM 的十个 Limpet 槽位：主机名和设备 ID，绝不显示密钥。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>Imprint an IoT hub hostname, device ID and device key into a Limpet slot. The key file holds the base64 key (32 to 64 bytes); the key is never printed.</source>
        <translation>将 IoT 中心主机名、设备 ID 和设备密钥写入 Limpet 槽位。密钥文件存放 base64 密钥（32 到 64 字节）；密钥绝不会被输出。</translation>
    </message>
    <message>
        <source>IoT hub hostname.</source>
        <translation>IoT 中心主机名。</translation>
    </message>
    <message>
        <source>IoT Hub device ID (omitted: the hardware device ID).</source>
        <translation>IoT Hub 设备 ID（省略时：硬件设备 ID）。</translation>
    </message>
    <message>
        <source>File holding the base64 device key.</source>
        <translation>存放 base64 设备密钥的文件。</translation>
    </message>
    <message>
        <source>Destroy what the slot holds first (otherwise an occupied slot is refused).</source>
        <translation>先销毁槽位中的内容（否则会拒绝已占用的槽位）。</translation>
    </message>
    <message>
        <source>slot provision needs --slot, --hostname and --key-file.

%1</source>
        <translation>slot provision 需要 --slot、--hostname 和 --key-file。

%1</translation>
    </message>
    <message>
        <source>Slot %1 provisioned: %2 / %3 (NV index %4, key %5).</source>
        <translation>槽位 %1 已预配：%2 / %3（NV 索引 %4，密钥 %5）。</translation>
    </message>
    <message>
        <source>The SAS token the device computes from a slot (TPM2_HMAC with the slot&apos;s key), printed exactly as Limpet&apos;s GetSASToken returns it.</source>
        <translation>设备根据槽位计算出的 SAS 令牌（使用槽位密钥执行 TPM2_HMAC），输出形式与 Limpet 的 GetSASToken 返回的完全相同。</translation>
    </message>
    <message>
        <source>Seconds the token is valid (3600).</source>
        <translation>令牌有效秒数 (3600)。</translation>
    </message>
    <message>
        <source>Print the connection string (GetConnectionString) instead.</source>
        <translation>改为输出连接字符串 (GetConnectionString)。</translation>
    </message>
    <message>
        <source>slot sas needs --slot.

%1</source>
        <translation>slot sas 需要 --slot。

%1</translation>
    </message>
    <message>
        <source>Remove a Limpet slot: undefine its NV index and evict its key, as the Device Portal&apos;s &quot;Remove keys&quot; does on a bench TPM.</source>
        <translation>删除 Limpet 槽位：取消定义其 NV 索引并逐出其密钥，与 Device Portal 的“Remove keys”在测试台 TPM 上的操作相同。</translation>
    </message>
    <message>
        <source>slot destroy needs --slot.

%1</source>
        <translation>slot destroy 需要 --slot。

%1</translation>
    </message>
    <message>
        <source>NV index %1 undefined</source>
        <translation>NV 索引 %1 已取消定义</translation>
    </message>
    <message>
        <source>no NV index</source>
        <translation>无 NV 索引</translation>
    </message>
    <message>
        <source>key %1 evicted</source>
        <translation>密钥 %1 已逐出</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>Slot %1 destroyed: %2, %3.</source>
        <translation>槽位 %1 已销毁：%2，%3。</translation>
    </message>
    <message>
        <source>The hardware device ID Limpet derives for a slot from the SRK.</source>
        <translation>Limpet 根据 SRK 为槽位派生的硬件设备 ID。</translation>
    </message>
    <message>
        <source>slot hwid needs --slot.

%1</source>
        <translation>slot hwid 需要 --slot。

%1</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli slot &lt;command&gt; [options]

  list      --tcti T [--json]
  provision --tcti T --slot N --hostname H [--device-id D] --key-file F [--replace]
  sas       --tcti T --slot N [--validity S] [--connection-string]
  destroy   --tcti T --slot N [--db PATH --as ID --serial S --reason TEXT]
  hwid      --tcti T --slot N
  group-key import --db PATH --as ID --product P (--key-file F | --cms-file F --cms-key K)</source>
        <translation>用法：tpm-station-cli slot &lt;命令&gt; [选项]

  list      --tcti T [--json]
  provision --tcti T --slot N --hostname H [--device-id D] --key-file F [--replace]
  sas       --tcti T --slot N [--validity S] [--connection-string]
  destroy   --tcti T --slot N [--db 路径 --as ID --serial S --reason 文本]
  hwid      --tcti T --slot N
  group-key import --db 路径 --as ID --product P (--key-file F | --cms-file F --cms-key K)</translation>
    </message>
</context>
<context>
    <name>SlotConflict</name>
    <message>
        <source>%1 persists its DPS identity key at %2 and evicts whatever is there first, and %2 is where Limpet slot %3 keeps its HMAC key.</source>
        <translation>%1 将其 DPS 身份密钥持久化到 %2，并会先逐出该处已有的任何对象，而 %2 正是 Limpet 槽位 %3 存放其 HMAC 密钥的位置。</translation>
    </message>
    <message>
        <source>%1 deletes the NV index %2 of Limpet slot %3 before it attests.</source>
        <translation>%1 在证明之前会删除 Limpet 槽位 %3 的 NV 索引 %2。</translation>
    </message>
    <message>
        <source>Use another slot, or a device.authKeyIndex other than %1.</source>
        <translation>请使用其他槽位，或使用 %1 以外的 device.authKeyIndex。</translation>
    </message>
    <message>
        <source>Use a slot from 1 to 9, or the Azure IoT Identity Service with an authKeyIndex that no slot uses.</source>
        <translation>请使用 1 到 9 号槽位，或使用 Azure IoT Identity Service 并设置一个没有槽位使用的 authKeyIndex。</translation>
    </message>
    <message>
        <source>Limpet slot %1 cannot be combined with DPS TPM attestation by %2: %3 DPS registration would destroy the slot&apos;s credentials. %4</source>
        <translation>Limpet 槽位 %1 不能与 %2 的 DPS TPM 证明同时使用：%3 DPS 注册将销毁该槽位的凭据。%4</translation>
    </message>
</context>
<context>
    <name>SlotCredentials</name>
    <message>
        <source>The station cannot keep the device&apos;s slot keys: %1 Nothing was shipped; run the step again.</source>
        <translation>工作站无法保存设备的槽位密钥：%1 未交付任何内容；请重新运行该步骤。</translation>
    </message>
    <message>
        <source>The station&apos;s random generator refused to make device keys.</source>
        <translation>工作站的随机数生成器拒绝生成设备密钥。</translation>
    </message>
    <message>
        <source>The credential mode %1 needs the station database to keep the device&apos;s keys, and this station runs without one.</source>
        <translation>凭据模式 %1 需要工作站数据库来保存设备密钥，但本工作站未使用数据库。</translation>
    </message>
    <message>
        <source>The device&apos;s key could not be imprinted into its TPM slot: %1 Run the step again.</source>
        <translation>无法将设备密钥写入其 TPM 槽位：%1 请重新运行该步骤。</translation>
    </message>
    <message>
        <source>The slot check needs the station database, and this station runs without one.</source>
        <translation>槽位检查需要工作站数据库，但本工作站未使用数据库。</translation>
    </message>
    <message>
        <source>No keys are recorded for slot %1 of this device: the firmware step must imprint the slot again.</source>
        <translation>此设备的槽位 %1 没有记录任何密钥：固件步骤必须重新写入该槽位。</translation>
    </message>
    <message>
        <source>The TPM slot cannot be read: %1</source>
        <translation>无法读取 TPM 槽位：%1</translation>
    </message>
    <message>
        <source>The TPM could not compute the device&apos;s SAS token: %1 Send the device back to the firmware step.</source>
        <translation>TPM 无法计算设备的 SAS 令牌：%1 请将设备送回固件步骤。</translation>
    </message>
    <message>
        <source>The SAS token the TPM computes from slot %1 does not match the keys recorded for this device: IoT Hub would refuse it. Send the device back to the firmware step.</source>
        <translation>TPM 根据槽位 %1 计算的 SAS 令牌与此设备记录的密钥不匹配：IoT Hub 将拒绝该令牌。请将设备送回固件步骤。</translation>
    </message>
</context>
<context>
    <name>SlotKeyExporter</name>
    <message>
        <source>The key files could not be assembled.</source>
        <translation>无法组装密钥文件。</translation>
    </message>
    <message>
        <source>Simulated devices are never exported from a production profile.</source>
        <translation>生产配置文件绝不会导出模拟设备。</translation>
    </message>
    <message>
        <source>An output directory and a product are required.</source>
        <translation>需要指定输出目录和产品。</translation>
    </message>
    <message>
        <source>The product&apos;s credential mode &quot;%1&quot; keeps no keys in TPM slots: use the DPS enrollment batch export.</source>
        <translation>产品的凭据模式“%1”不在 TPM 槽位中保存密钥：请使用 DPS 注册批次导出。</translation>
    </message>
    <message>
        <source>The cloud engineer&apos;s certificate cannot be used: %1</source>
        <translation>无法使用云工程师的证书：%1</translation>
    </message>
    <message>
        <source>No device of product %1 that passed QA holds recorded slot keys.</source>
        <translation>产品 %1 中没有通过 QA 且记录了槽位密钥的设备。</translation>
    </message>
</context>
<context>
    <name>SlotLineCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Import a product&apos;s DPS symmetric-key group key, once, by a supervisor. It is stored only encrypted and never shown again.</source>
        <translation>由主管一次性导入产品的 DPS 对称密钥组密钥。该密钥仅以加密形式存储，且不会再次显示。</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>工作站数据库。</translation>
    </message>
    <message>
        <source>The supervisor (password from STATION_PASSWORD or stdin).</source>
        <translation>主管（密码取自 STATION_PASSWORD 或 stdin）。</translation>
    </message>
    <message>
        <source>The product the group key is for.</source>
        <translation>组密钥所属的产品。</translation>
    </message>
    <message>
        <source>File holding the base64 group key.</source>
        <translation>包含 base64 组密钥的文件。</translation>
    </message>
    <message>
        <source>CMS EnvelopedData (DER) holding the base64 group key.</source>
        <translation>包含 base64 组密钥的 CMS EnvelopedData (DER)。</translation>
    </message>
    <message>
        <source>Private key that opens --cms-file.</source>
        <translation>用于打开 --cms-file 的私钥。</translation>
    </message>
    <message>
        <source>Why (recorded).</source>
        <translation>原因（将被记录）。</translation>
    </message>
    <message>
        <source>The group key of product %1 is stored encrypted (record %2). It will not be shown again.</source>
        <translation>产品 %1 的组密钥已加密存储（记录 %2）。它不会再次显示。</translation>
    </message>
    <message>
        <source>&quot;Remove keys&quot; of a recorded device: destroy its slot, with a supervisor&apos;s electronic signature and a reason.</source>
        <translation>对已记录设备执行“Remove keys”：销毁其槽位，需主管电子签名和原因。</translation>
    </message>
    <message>
        <source>TCTI of the device&apos;s TPM.</source>
        <translation>设备 TPM 的 TCTI。</translation>
    </message>
    <message>
        <source>Logical slot, 0 to 9.</source>
        <translation>逻辑槽位，0 到 9。</translation>
    </message>
    <message>
        <source>The supervisor signing.</source>
        <translation>签名的主管。</translation>
    </message>
    <message>
        <source>The device&apos;s serial.</source>
        <translation>设备的序列号。</translation>
    </message>
    <message>
        <source>Why the keys are removed (required).</source>
        <translation>删除密钥的原因（必填）。</translation>
    </message>
    <message>
        <source>--slot must be a whole number from 0 to 9, not &quot;%1&quot;.</source>
        <translation>--slot 必须是 0 到 9 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>slot destroy with --db needs --as, --serial and --reason.</source>
        <translation>带 --db 的 slot destroy 需要 --as、--serial 和 --reason。</translation>
    </message>
    <message>
        <source>Slot %1 of device %2 destroyed; signed by %3 (signature %4).</source>
        <translation>设备 %2 的槽位 %1 已销毁；由 %3 签名（签名 %4）。</translation>
    </message>
    <message>
        <source>Export the slot keys of the devices that passed QA for the cloud engineer: IoT Hub import-devices lines and an az script, encrypted to the cloud engineer&apos;s certificate (or the registration IDs of a DPS group).</source>
        <translation>为云工程师导出通过 QA 的设备的槽位密钥：IoT Hub import-devices 行和一个 az 脚本，用云工程师的证书加密（或 DPS 组的注册 ID）。</translation>
    </message>
    <message>
        <source>Output directory (new or empty).</source>
        <translation>输出目录（新建或为空）。</translation>
    </message>
    <message>
        <source>Product profile JSON (its &quot;credentials&quot; section).</source>
        <translation>产品配置文件 JSON（其“credentials”部分）。</translation>
    </message>
    <message>
        <source>Include simulated devices.</source>
        <translation>包括模拟设备。</translation>
    </message>
    <message>
        <source>The operator exporting.</source>
        <translation>执行导出的操作员。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>--db PATH, --out DIR and --profile FILE are required.</source>
        <translation>必须指定 --db 路径、--out 目录和 --profile 文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 台设备导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Group key (base64): </source>
        <translation>组密钥 (base64)：</translation>
    </message>
    <message>
        <source>No terminal to type the group key at: use --key-file or --cms-file.</source>
        <translation>没有可输入组密钥的终端：请使用 --key-file 或 --cms-file。</translation>
    </message>
    <message>
        <source>The same group key again: </source>
        <translation>再次输入相同的组密钥：</translation>
    </message>
    <message>
        <source>The two group keys typed differ. Nothing was stored.</source>
        <translation>两次输入的组密钥不一致。未存储任何内容。</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli slot group-key import --db PATH --as ID --product P [--key-file F | --cms-file F --cms-key K] [--reason TEXT]
Without --key-file or --cms-file the key is typed twice at the terminal.</source>
        <translation>用法：tpm-station-cli slot group-key import --db 路径 --as ID --product P [--key-file F | --cms-file F --cms-key K] [--reason 文本]
如果不指定 --key-file 或 --cms-file，需在终端输入两次密钥。</translation>
    </message>
</context>
<context>
    <name>SqliteEscrowStore</name>
    <message>
        <source>Escrow database: %1</source>
        <translation>托管数据库：%1</translation>
    </message>
    <message>
        <source>An escrow record needs a serial, hierarchies and CMS data.</source>
        <translation>托管记录需要序列号、层次结构和 CMS 数据。</translation>
    </message>
    <message>
        <source>The station database is open read-only.</source>
        <translation>工作站数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>Escrow record %1 exists already.</source>
        <translation>托管记录 %1 已存在。</translation>
    </message>
    <message>
        <source>Escrow record %1 in the station database is damaged.</source>
        <translation>工作站数据库中的托管记录 %1 已损坏。</translation>
    </message>
    <message>
        <source>No escrow record %1 for serial %2.</source>
        <translation>序列号 %2 没有托管记录 %1。</translation>
    </message>
    <message>
        <source>Escrow record %1 cannot change from %2 to %3.</source>
        <translation>托管记录 %1 无法从 %2 变为 %3。</translation>
    </message>
</context>
<context>
    <name>SqliteRunStore</name>
    <message>
        <source>No product profile is selected.</source>
        <translation>未选择产品配置文件。</translation>
    </message>
    <message>
        <source>Unknown device %1.</source>
        <translation>未知设备 %1。</translation>
    </message>
    <message>
        <source>Unknown run.</source>
        <translation>未知的运行。</translation>
    </message>
    <message>
        <source>This TPM&apos;s endorsement key is already registered to device %1. Set the device aside and call the supervisor.</source>
        <translation>此 TPM 的背书密钥已注册到设备 %1。请将设备放到一边并呼叫主管。</translation>
    </message>
    <message>
        <source>Rework needs a reason.</source>
        <translation>返修需要提供原因。</translation>
    </message>
    <message>
        <source>There is no device %1 of product %2.</source>
        <translation>产品 %2 中没有设备 %1。</translation>
    </message>
    <message>
        <source>The station key %1 is missing. This database&apos;s audit trail is signed with the key %2; a new key is not created for an existing trail. Restore the key file from its backup.</source>
        <translation>缺少工作站密钥 %1。此数据库的审计跟踪由密钥 %2 签名；不会为现有审计跟踪创建新密钥。请从备份恢复该密钥文件。</translation>
    </message>
    <message>
        <source>The station key %1 (%2) is not the key this database&apos;s audit trail is signed with (%3).</source>
        <translation>工作站密钥 %1 (%2) 不是此数据库审计跟踪的签名密钥 (%3)。</translation>
    </message>
    <message>
        <source>Only %1 can order rework; %2 is %3.</source>
        <translation>只有%1可以安排返修；%2 是%3。</translation>
    </message>
</context>
<context>
    <name>SqliteSlotKeyStore</name>
    <message>
        <source>Cannot read the station&apos;s key-encryption key %1: %2</source>
        <translation>无法读取工作站的密钥加密密钥 %1：%2</translation>
    </message>
    <message>
        <source>The station&apos;s key-encryption key %1 is damaged (it must hold 32 bytes).</source>
        <translation>工作站的密钥加密密钥 %1 已损坏（它必须为 32 字节）。</translation>
    </message>
    <message>
        <source>The random generator refused to make a key-encryption key.</source>
        <translation>随机数生成器拒绝生成密钥加密密钥。</translation>
    </message>
    <message>
        <source>Cannot write the station&apos;s key-encryption key %1: %2</source>
        <translation>无法写入工作站的密钥加密密钥 %1：%2</translation>
    </message>
    <message>
        <source>The station database is open read-only.</source>
        <translation>工作站数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>A slot key record needs a serial, a slot and a key.</source>
        <translation>槽位密钥记录需要序列号、槽位和密钥。</translation>
    </message>
    <message>
        <source>No slot key record %1 for serial %2.</source>
        <translation>序列号 %2 没有槽位密钥记录 %1。</translation>
    </message>
    <message>
        <source>Slot key record %1 cannot change from %2 to %3.</source>
        <translation>槽位密钥记录 %1 无法从 %2 更改为 %3。</translation>
    </message>
    <message>
        <source>Slot key record %1 is damaged.</source>
        <translation>槽位密钥记录 %1 已损坏。</translation>
    </message>
    <message>
        <source>The station&apos;s key-encryption key %1 is missing: the stored keys cannot be opened.</source>
        <translation>缺少工作站的密钥加密密钥 %1：无法打开已存储的密钥。</translation>
    </message>
    <message>
        <source>A stored key is encrypted to another key-encryption key (%1), not this station&apos;s (%2).</source>
        <translation>某个已存储的密钥使用另一个密钥加密密钥 (%1) 加密，而不是本工作站的密钥加密密钥 (%2)。</translation>
    </message>
    <message>
        <source>No slot key record %1.</source>
        <translation>没有槽位密钥记录 %1。</translation>
    </message>
    <message>
        <source>No DPS group key was imported for product %1.</source>
        <translation>尚未为产品 %1 导入 DPS 组密钥。</translation>
    </message>
    <message>
        <source>No DPS group key was imported for product %1: a supervisor imports it with &quot;slot group-key import&quot;.</source>
        <translation>尚未为产品 %1 导入 DPS 组密钥：由主管使用“slot group-key import”导入。</translation>
    </message>
    <message>
        <source>A group key needs the product it belongs to.</source>
        <translation>组密钥需要指定其所属产品。</translation>
    </message>
    <message>
        <source>A DPS group key has %1 to %2 bytes.</source>
        <translation>DPS 组密钥的长度为 %1 到 %2 字节。</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>必须填写原因。</translation>
    </message>
    <message>
        <source>The station database records no keys in slot %1 of device %2: nothing to remove.</source>
        <translation>工作站数据库中没有设备 %2 槽位 %1 的密钥记录：无需删除任何内容。</translation>
    </message>
    <message>
        <source>Only %1 may do this (%2); %3 is %4.</source>
        <translation>只有%1可以执行此操作 (%2)；%3 是%4。</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Station database (production mode unless --simulate).</source>
        <translation>工作站数据库（除非使用 --simulate，否则为生产模式）。</translation>
    </message>
    <message>
        <source>Product profile, JSON file (production mode unless --simulate).</source>
        <translation>产品配置文件，JSON 文件（除非使用 --simulate，否则为生产模式）。</translation>
    </message>
    <message>
        <source>Simulated fleet root.</source>
        <translation>模拟设备群根目录。</translation>
    </message>
    <message>
        <source>Simulation: run over N simulated devices (0: production).</source>
        <translation>模拟：在 N 台模拟设备上运行（0：生产）。</translation>
    </message>
    <message>
        <source>Parallel test sockets (1-8).</source>
        <translation>并行测试座数量（1-8）。</translation>
    </message>
    <message>
        <source>TPM Provisioning Station. Without options: the simulated fleet of the embedded default, as `tpm-station-cli run`.</source>
        <translation>TPM 预配工作站。不带选项时：使用内置默认配置的模拟设备群，等同于 `tpm-station-cli run`。</translation>
    </message>
    <message>
        <source>Simulation: chosen with --simulate.</source>
        <translation>模拟：通过 --simulate 选择。</translation>
    </message>
    <message>
        <source>Production mode: chosen with --simulate 0.</source>
        <translation>生产模式：通过 --simulate 0 选择。</translation>
    </message>
    <message>
        <source>Production mode: chosen with --db / --profile.</source>
        <translation>生产模式：通过 --db / --profile 选择。</translation>
    </message>
    <message>
        <source>Production mode: chosen in Settings.</source>
        <translation>生产模式：在设置中选择。</translation>
    </message>
    <message>
        <source>Simulation: the station&apos;s default. Production mode is chosen in Settings or with --db / --profile.</source>
        <translation>模拟：工作站的默认模式。生产模式可在设置中或通过 --db / --profile 选择。</translation>
    </message>
</context>
<context>
    <name>StationKeyProtection</name>
    <message>
        <source>The admin&apos;s passphrase must not be empty.</source>
        <translation>管理员的密码短语不能为空。</translation>
    </message>
    <message>
        <source>The station key %1 is already protected.</source>
        <translation>工作站密钥 %1 已受保护。</translation>
    </message>
    <message>
        <source>Cannot read the station key %1: %2</source>
        <translation>无法读取工作站密钥 %1：%2</translation>
    </message>
    <message>
        <source>Cannot encrypt the station key %1.</source>
        <translation>无法加密工作站密钥 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot replace the station key %1.</source>
        <translation>无法替换工作站密钥 %1。</translation>
    </message>
</context>
<context>
    <name>StationRegistry</name>
    <message>
        <source>the station keeps it only in memory during the run that took ownership, and this session did not take ownership of the device (for example after a restart). The escrow can only be opened by the device owner. A supervisor must order rework of this device.</source>
        <translation>工作站仅在获取所有权的那次运行期间将其保存在内存中，而本次会话并未获取该设备的所有权（例如在重启之后）。托管内容只能由设备所有者打开。必须由主管为此设备安排返修。</translation>
    </message>
</context>
<context>
    <name>StationSession</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>%1 needs a signed-in operator of the role %2 (--as ID); the product profile does not let the unattended station do it.</source>
        <translation>%1 需要已登录的 %2 角色操作员 (--as ID)；产品配置文件不允许无人值守的工作站执行此操作。</translation>
    </message>
    <message>
        <source>%1 needs a signed-in operator of the role %2; %3 is %4.</source>
        <translation>%1 需要已登录的 %2 角色操作员；%3 是 %4。</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>The factory database: a libpq connection string, URI or service=NAME (the password from PGPASSFILE/~/.pgpass or PGPASSWORD, never here).</source>
        <translation>工厂数据库：libpq 连接字符串、URI 或 service=NAME（密码取自 PGPASSFILE/~/.pgpass 或 PGPASSWORD，绝不写在这里）。</translation>
    </message>
    <message>
        <source>The station database %1 has no outbox yet (schema %2): open it once with this version of the station to queue its records.</source>
        <translation>工作站数据库 %1 尚无 outbox 发送队列（架构 %2）：请用此版本的工作站软件打开它一次，以便将其记录排入队列。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) queued for the factory database.</source>
        <translation>
            <numerusform>%n 条记录正在排队等待发送到工厂数据库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest queued: %1</source>
        <translation>最早排队时间：%1</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>上次成功：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>上次错误（%1）：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with the factory database (see the audit trail).</source>
        <translation>
            <numerusform>与工厂数据库有 %n 处冲突（参见审计跟踪）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) stay queued in the station.</source>
        <translation>
            <numerusform>%n 条记录仍在工作站中排队。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent to the factory database %1.</source>
        <translation>
            <numerusform>已将 %n 条记录发送到工厂数据库 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict: the factory database holds other content for %1 %2 (UUID %3); kept there, recorded here.</source>
        <translation>冲突：工厂数据库中 %1 %2（UUID %3）存有不同的内容；该内容保留在工厂数据库中，并已在此处记录。</translation>
    </message>
    <message>
        <source>Show the station&apos;s queue for the factory database.</source>
        <translation>显示工作站发往工厂数据库的队列。</translation>
    </message>
    <message>
        <source>Send the station&apos;s queued records to the factory database once (the line&apos;s relay does it continuously).</source>
        <translation>将工作站排队的记录向工厂数据库发送一次（产线的中继会持续执行此操作）。</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>工作站数据库。</translation>
    </message>
    <message>
        <source>Records per central transaction (default 10000).</source>
        <translation>每个中心事务的记录数（默认：10000）。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli sync --db PATH --central URL [--json]
       tpm-station-cli sync status --db PATH [--json]</source>
        <translation>用法：tpm-station-cli sync --db 路径 --central URL [--json]
      tpm-station-cli sync status --db 路径 [--json]</translation>
    </message>
    <message>
        <source>sync needs --central: the factory database&apos;s connection string.</source>
        <translation>sync 需要 --central：工厂数据库的连接字符串。</translation>
    </message>
    <message>
        <source>--batch-size takes a number from 1 to 1000000.</source>
        <translation>--batch-size 需要 1 到 1000000 之间的数字。</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central init --central URL [--json]</source>
        <translation>用法：tpm-station-cli central init --central URL [--json]</translation>
    </message>
    <message>
        <source>The factory database %1 already has schema version %2.</source>
        <translation>工厂数据库 %1 已是架构版本 %2。</translation>
    </message>
    <message>
        <source>The factory database %1 is at schema version %2 (was %3).</source>
        <translation>工厂数据库 %1 现为架构版本 %2（之前为 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) checked, %1 verified.</source>
        <translation>
            <numerusform>已检查 %n 个检查点，%1 个已验证。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) of the factory are not verified.</source>
        <translation>
            <numerusform>工厂有 %n 个检查点未通过验证。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central pin --central URL --station ID --public-key PUB.pem [--json]</source>
        <translation>用法：tpm-station-cli central pin --central URL --station ID --public-key PUB.pem [--json]</translation>
    </message>
    <message>
        <source>Pin a station&apos;s checkpoint key in the factory database (the key &apos;tpm-station-cli audit public-key&apos; writes), once per station; needs the factory database&apos;s owner.</source>
        <translation>在工厂数据库中固定工作站的检查点密钥（即 &apos;tpm-station-cli audit public-key&apos; 写出的密钥），每个工作站一次；需要工厂数据库的所有者。</translation>
    </message>
    <message>
        <source>The station&apos;s ID.</source>
        <translation>工作站的 ID。</translation>
    </message>
    <message>
        <source>The station&apos;s public key (PEM).</source>
        <translation>工作站的公钥（PEM）。</translation>
    </message>
    <message>
        <source>Station %1: checkpoint key %2 pinned.</source>
        <translation>工作站 %1：检查点密钥 %2 已固定。</translation>
    </message>
    <message>
        <source>Verify the signed checkpoints the stations sent to the factory database against their pinned keys and the central chain, and record the verdicts (role tps_verifier).</source>
        <translation>对照固定的密钥和中央链验证各工作站发送到工厂数据库的已签名检查点，并记录结论（角色 tps_verifier）。</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central verify --central URL [--json]</source>
        <translation>用法：tpm-station-cli central verify --central URL [--json]</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central init|pin|verify --central URL … [--json]</source>
        <translation>用法：tpm-station-cli central init|pin|verify --central URL … [--json]</translation>
    </message>
    <message>
        <source>Create or migrate the factory database&apos;s schema and its roles tps_relay (insert only), tps_auditor (read only), tps_exporter (central exports) and tps_verifier (checkpoint verdicts).</source>
        <translation>创建或迁移工厂数据库的架构及其角色 tps_relay（仅插入）、tps_auditor（只读）、tps_exporter（中央导出）和 tps_verifier（检查点结论）。</translation>
    </message>
</context>
<context>
    <name>TakeOwnership</name>
    <message>
        <source>This TPM is already owned: its %1 authorization was set by someone else. The station does not force it. A supervisor can clear the TPM (rework) where the platform hierarchy or the escrowed lockout authorization allows.</source>
        <translation>此 TPM 已有所有者：其 %1 授权已由他人设置。工作站不会强行覆盖。在平台层次结构或托管的锁定授权允许的情况下，主管可以清除该 TPM（返修）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The random generator failed.</source>
        <translation>随机数生成器故障。</translation>
    </message>
    <message>
        <source>The endorsement authorization is set but the owner authorization is not: the station cannot check the EK. Order a rework (clear) of this TPM.</source>
        <translation>背书授权已设置，但所有者授权未设置：工作站无法检查 EK。请为此 TPM 安排返修（清除）。</translation>
    </message>
    <message>
        <source>The owner authorization is set but no SRK of the Provisioning Guidance template is persisted at 0x81000001. Order a rework (clear) of this TPM.</source>
        <translation>所有者授权已设置，但 0x81000001 处没有持久化符合 Provisioning Guidance 模板的 SRK。请为此 TPM 安排返修（清除）。</translation>
    </message>
    <message>
        <source>The owner authorization is set but no EK is persisted at 0x81010001. Order a rework (clear) of this TPM.</source>
        <translation>所有者授权已设置，但 0x81010001 处没有持久化的 EK。请为此 TPM 安排返修（清除）。</translation>
    </message>
    <message>
        <source>The EK persisted at 0x81010001 does not match the EK certificate, and the owner authorization is already set. Order a rework (clear) of this TPM.</source>
        <translation>持久化在 0x81010001 处的 EK 与 EK 证书不匹配，且所有者授权已设置。请为此 TPM 安排返修（清除）。</translation>
    </message>
    <message>
        <source>The escrow record could not be saved; no authorization of the TPM was changed. %1</source>
        <translation>无法保存托管记录；TPM 的授权均未更改。%1</translation>
    </message>
    <message>
        <source>The TPM is owned and its secrets are escrowed, but the escrow record could not be marked applied: %1 Run the step again.</source>
        <translation>TPM 已有所有者且其机密已托管，但无法将托管记录标记为已应用：%1 请重新运行该步骤。</translation>
    </message>
    <message>
        <source>TPM2_Clear is disabled on this TPM; only the platform hierarchy can enable it again.</source>
        <translation>此 TPM 上的 TPM2_Clear 已被禁用；只有平台层次结构可以重新启用它。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>TPM installed</source>
        <translation>TPM 已安装</translation>
    </message>
    <message>
        <source>EK_pub extracted</source>
        <translation>EK_pub 已提取</translation>
    </message>
    <message>
        <source>Ownership taken</source>
        <translation>已获取所有权</translation>
    </message>
    <message>
        <source>Firmware flashed</source>
        <translation>固件已烧录</translation>
    </message>
    <message>
        <source>QA check</source>
        <translation>QA 检查</translation>
    </message>
</context>
<context>
    <name>TimingModel</name>
    <message>
        <source>The TPM deadline &quot;%1&quot; is not a command class; use one of %2.</source>
        <translation>TPM 时限“%1”不是命令类别；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>The TPM deadline for %1 must be whole milliseconds from 100 to 3,600,000.</source>
        <translation>%1 的 TPM 时限必须是 100 到 3,600,000 之间的整数毫秒。</translation>
    </message>
</context>
<context>
    <name>TpmCommand</name>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Vendor string</source>
        <translation>供应商字符串</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规范</translation>
    </message>
    <message>
        <source>level %1, revision %2, %3 day %4</source>
        <translation>级别 %1，修订版 %2，%3 年第 %4 天</translation>
    </message>
    <message>
        <source>NV buffer</source>
        <translation>NV 缓冲区</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli tpm info [--tcti T] [--json]</source>
        <translation>用法：tpm-station-cli tpm info [--tcti T] [--json]</translation>
    </message>
    <message>
        <source>Identify a TPM: family, manufacturer, vendor strings, firmware.</source>
        <translation>识别 TPM：系列、制造商、供应商字符串、固件。</translation>
    </message>
    <message>
        <source>TCTI, e.g. swtpm:host=127.0.0.1,port=2321 (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI，例如 swtpm:host=127.0.0.1,port=2321（默认：TPM2TOOLS_TCTI，否则为 device:/dev/tpmrm0）。</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>机器可读输出。</translation>
    </message>
</context>
<context>
    <name>TpmError</name>
    <message>
        <source>The TPM connection setting is not valid. Ask a supervisor to check the socket&apos;s TCTI configuration.</source>
        <translation>TPM 连接设置无效。请让主管检查该测试座的 TCTI 配置。</translation>
    </message>
    <message>
        <source>No TPM answers at this socket. Check that the device is seated and powered, then scan it again.</source>
        <translation>此测试座上没有 TPM 应答。请检查设备是否已放好并通电，然后重新扫描。</translation>
    </message>
    <message>
        <source>The TPM stopped answering. Re-seat the device, power-cycle it and scan it again.</source>
        <translation>TPM 已停止应答。请重新放置设备，断电重启后重新扫描。</translation>
    </message>
    <message>
        <source>This device carries a TPM 1.2 or no TPM 2.0 at all. It cannot be provisioned: set it aside for rework.</source>
        <translation>此设备装有 TPM 1.2，或根本没有 TPM 2.0。它无法预配：请将其放到一边等待返修。</translation>
    </message>
    <message>
        <source>The TPM is in failure mode. Power-cycle the device; if it happens again, set the device aside as defective.</source>
        <translation>TPM 处于故障模式。请将设备断电重启；如果再次出现，请将设备作为不良品放到一边。</translation>
    </message>
    <message>
        <source>The connection to the TPM was lost during a command. Check the fixture contacts, re-seat the device and scan it again.</source>
        <translation>命令执行期间与 TPM 的连接中断。请检查夹具触点，重新放置设备并重新扫描。</translation>
    </message>
    <message>
        <source>The TPM refused the authorization. The device may already be owned: call a supervisor.</source>
        <translation>TPM 拒绝了授权。该设备可能已有所有者：请呼叫主管。</translation>
    </message>
    <message>
        <source>The TPM is locked out after too many failed authorizations. Call a supervisor; do not retry.</source>
        <translation>由于授权失败次数过多，TPM 已被锁定。请呼叫主管；不要重试。</translation>
    </message>
    <message>
        <source>The TPM ran out of object memory. Power-cycle the device and scan it again.</source>
        <translation>TPM 的对象内存已耗尽。请将设备断电重启并重新扫描。</translation>
    </message>
    <message>
        <source>An object the step needs is missing on the TPM.</source>
        <translation>TPM 上缺少该步骤所需的对象。</translation>
    </message>
    <message>
        <source>The TPM does not support what this product requires. Check the product profile.</source>
        <translation>TPM 不支持此产品要求的功能。请检查产品配置文件。</translation>
    </message>
    <message>
        <source>The TPM command was cancelled.</source>
        <translation>TPM 命令已取消。</translation>
    </message>
    <message>
        <source>The TPM returned an unexpected error (%1). Call a supervisor.</source>
        <translation>TPM 返回了意外错误 (%1)。请呼叫主管。</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Slot key database: %1</source>
        <translation>槽位密钥数据库：%1</translation>
    </message>
    <message>
        <source>Warning: STATION_PASSWORD is deprecated (other processes of the same user can read it in /proc/PID/environ); give the password with --password-fd N.</source>
        <translation>警告：STATION_PASSWORD 已弃用（同一用户的其他进程可以在 /proc/PID/environ 中读取它）；请使用 --password-fd N 提供密码。</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>%1 holds no certificate (PEM, DER or PKCS#7 expected).</source>
        <translation>%1 中没有证书（应为 PEM、DER 或 PKCS#7）。</translation>
    </message>
    <message>
        <source>%1: the root &apos;%2&apos; expired on %3; an expired root is not imported. Ask the TPM vendor for its current root.</source>
        <translation>%1：根证书“%2”已于 %3 过期；过期的根证书不会被导入。请向 TPM 供应商索取其当前根证书。</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>未导入任何内容：
%1</translation>
    </message>
    <message>
        <source>Importing into the trust store needs a reason.</source>
        <translation>导入 trust store 需要提供原因。</translation>
    </message>
    <message>
        <source>Removing a CA from the trust store needs a reason.</source>
        <translation>从 trust store 中移除 CA 需要提供原因。</translation>
    </message>
    <message>
        <source>Name the CA by its SHA-256 fingerprint (at least 8 hex digits).</source>
        <translation>请用 SHA-256 指纹指定 CA（至少 8 个十六进制数字）。</translation>
    </message>
    <message>
        <source>No CA with fingerprint %1 is in the trust store.</source>
        <translation>trust store 中没有指纹为 %1 的 CA。</translation>
    </message>
    <message numerus="yes">
        <source>%n CAs in the trust store begin with %1: give more of the fingerprint.</source>
        <translation>
            <numerusform>trust store 中有 %n 个 CA 以 %1 开头：请提供更多指纹位数。</numerusform>
        </translation>
    </message>
    <message>
        <source>trust store (%1, imported from %2)</source>
        <translation>trust store（%1，从 %2 导入）</translation>
    </message>
</context>
<context>
    <name>UploadResultImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Which bulk operation is %1 the result of? Name it bulk-NNNN-result.json or give --operation N.</source>
        <translation>%1 是哪个批量操作的结果？请将其命名为 bulk-NNNN-result.json，或指定 --operation N。</translation>
    </message>
    <message>
        <source>The upload result is not a JSON object (%1).</source>
        <translation>上传结果不是 JSON 对象 (%1)。</translation>
    </message>
    <message>
        <source>The upload result has no boolean isSuccessful: not a DPS bulk result.</source>
        <translation>上传结果中没有布尔值 isSuccessful：不是 DPS 批量结果。</translation>
    </message>
    <message>
        <source>The upload result&apos;s errors is not a list.</source>
        <translation>上传结果的 errors 不是列表。</translation>
    </message>
    <message>
        <source>The bulk operation number must be 1 or more.</source>
        <translation>批量操作编号必须大于或等于 1。</translation>
    </message>
    <message>
        <source>No batch &apos;%1&apos;.</source>
        <translation>没有批次“%1”。</translation>
    </message>
    <message>
        <source>Batch %1 has no bulk operation %2.</source>
        <translation>批次 %1 中没有批量操作 %2。</translation>
    </message>
    <message>
        <source>An error entry of the upload result has no registrationId.</source>
        <translation>上传结果中有一个错误条目没有 registrationId。</translation>
    </message>
    <message>
        <source>The upload result names %1, which is not in bulk operation %2 of batch %3.</source>
        <translation>上传结果中提到了 %1，但它不在批次 %3 的批量操作 %2 中。</translation>
    </message>
    <message>
        <source>The upload result says it failed but names no device: nothing can be marked. Check the operation in the DPS service.</source>
        <translation>上传结果表明失败，但未指明任何设备：无法标记任何设备。请在 DPS 服务中检查该操作。</translation>
    </message>
    <message>
        <source>%1 is larger than an upload result can be (%2 KiB); it was not read.</source>
        <translation>%1 超出了上传结果的最大大小（%2 KiB）；未读取该文件。</translation>
    </message>
    <message>
        <source>The result file is not next to its batch&apos;s manifest.json: keep it in the batch&apos;s export directory, or name the batch (--batch UUID).</source>
        <translation>结果文件不在其批次的 manifest.json 旁边：请将其保存在批次的导出目录中，或指定批次 (--batch UUID)。</translation>
    </message>
    <message>
        <source>%1 is not the manifest of a DPS enrollment batch.</source>
        <translation>%1 不是 DPS 注册批次的清单。</translation>
    </message>
    <message>
        <source>Batch %1 (its manifest %2) has no bulk operation %3.</source>
        <translation>批次 %1（其清单 %2）没有批量操作 %3。</translation>
    </message>
    <message>
        <source>The result file belongs to batch %1 (the manifest next to it), not to batch %2.</source>
        <translation>结果文件属于批次 %1（其旁边的清单），而不是批次 %2。</translation>
    </message>
    <message numerus="yes">
        <source>A registration ID in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>上传结果中的某个注册 ID 超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An error code in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>上传结果中的某个错误代码超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An error status in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>上传结果中的某个错误状态超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload result</source>
        <translation>上传结果</translation>
    </message>
    <message>
        <source>Which batch is this upload result of? Name the batch (--batch UUID).</source>
        <translation>此上传结果属于哪个批次？请指定批次 (--batch UUID)。</translation>
    </message>
    <message numerus="yes">
        <source>%n batches are named &apos;%1&apos;: name the batch by its UUID.</source>
        <translation>
            <numerusform>有 %n 个批次名为“%1”：请用 UUID 指定批次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest next to the result file is not the one batch %1 was exported with (its SHA-256 differs).</source>
        <translation>结果文件旁边的清单不是批次 %1 导出时使用的清单（其 SHA-256 不同）。</translation>
    </message>
    <message>
        <source>The upload result lists more errors than bulk operation %1 has devices.</source>
        <translation>上传结果列出的错误数多于批量操作 %1 的设备数。</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（使用 %2 构建）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Git revision</source>
        <translation>Git 修订版本</translation>
    </message>
    <message>
        <source>unknown (not built from a git checkout)</source>
        <translation>未知（不是从 Git 检出构建的）</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>构建日期</translation>
    </message>
    <message>
        <source>%1 (as built; the library reports no version at run time)</source>
        <translation>%1（构建时版本；该库在运行时不报告版本）</translation>
    </message>
</context>
<context>
    <name>ZplLabel</name>
    <message>
        <source>The label printer %1:%2 does not answer: %3</source>
        <translation>标签打印机 %1:%2 无应答：%3</translation>
    </message>
    <message>
        <source>Sending the label to %1:%2 failed: %3</source>
        <translation>向 %1:%2 发送标签失败：%3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No device with serial %1.</source>
        <translation>没有序列号为 %1 的设备。</translation>
    </message>
    <message>
        <source>Serial %1 exists for several products: choose one with --product.</source>
        <translation>序列号 %1 在多个产品中存在：请用 --product 选择其中一个。</translation>
    </message>
    <message>
        <source>Device %1 has no registration ID yet (step 2 has not passed).</source>
        <translation>设备 %1 还没有注册 ID（步骤 2 尚未通过）。</translation>
    </message>
    <message>
        <source>A printer address is tcp://HOST:PORT (e.g. tcp://10.0.0.5:9100), not &apos;%1&apos;.</source>
        <translation>打印机地址应为 tcp://主机:端口（例如 tcp://10.0.0.5:9100），而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown printer &apos;%1&apos;: use tcp://HOST:PORT or a file.</source>
        <translation>未知打印机“%1”：请使用 tcp://主机:端口 或文件。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>TPM 预配工作站</translation>
    </message>
    <message>
        <source>Opening the station database…</source>
        <translation>正在打开工作站数据库…</translation>
    </message>
    <message>
        <source>Admin passphrase of the station key:</source>
        <translation>工作站密钥的管理员密码短语：</translation>
    </message>
</context>
<context>
    <name>tps::gui::AboutDialog</name>
    <message>
        <source>About TPM Provisioning Station</source>
        <translation>关于 TPM 预配工作站</translation>
    </message>
    <message>
        <source>&lt;b&gt;TPM Provisioning Station&lt;/b&gt;&lt;br&gt;Provisions TPM 2.0 devices on the factory line and keeps a tamper-evident audit trail.</source>
        <translation>&lt;b&gt;TPM 预配工作站&lt;/b&gt;&lt;br&gt;在工厂产线上预配 TPM 2.0 设备，并保存防篡改的审计跟踪。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TPM Provisioning Station…</source>
        <translation>关于 TPM 预配工作站(&amp;A)…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tps::gui::AuditExportPanel</name>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>起始 (UTC)(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Until (UTC):</source>
        <translation>截止 (UTC)(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>&amp;PDF 报告</translation>
    </message>
    <message>
        <source>E&amp;xport audit events</source>
        <translation>导出审计事件(&amp;X)</translation>
    </message>
    <message>
        <source>The audit events of a period, a device or a batch, with every field, the chain verdict and the last checkpoint, in a signed folder. Exporting is itself audited.</source>
        <translation>某一时间段、设备或批次的审计事件，包含所有字段、链验证结论和最后一个检查点，存放在已签名的文件夹中。导出操作本身也会被审计。</translation>
    </message>
    <message>
        <source>Only this device (optional)</source>
        <translation>仅此设备（可选）</translation>
    </message>
    <message>
        <source>Device &amp;serial:</source>
        <translation>设备序列号(&amp;S)：</translation>
    </message>
    <message>
        <source>Only this batch and its devices: UUID or name (optional)</source>
        <translation>仅此批次及其设备：UUID 或名称（可选）</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>新的或空的文件夹</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Output folder for the audit export</source>
        <translation>审计导出的输出文件夹</translation>
    </message>
    <message>
        <source>Sign in first: the export records who made it.</source>
        <translation>请先登录：导出会记录执行人。</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>请选择输出文件夹。</translation>
    </message>
    <message>
        <source>Choose at least one format: CSV, JSON or PDF.</source>
        <translation>请至少选择一种格式：CSV、JSON 或 PDF。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>时间段的结束早于开始。</translation>
    </message>
    <message>
        <source>Choose a device or a batch, not both.</source>
        <translation>请选择设备或批次，不能同时选择。</translation>
    </message>
    <message>
        <source>Exporting and verifying the audit chain…</source>
        <translation>正在导出并验证审计链…</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>正在验证审计链…</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) written…</source>
        <translation>
            <numerusform>已写入 %n 个审计事件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the verification, the report and the signed manifest…</source>
        <translation>正在写入验证结果、报告和已签名的清单…</translation>
    </message>
    <message>
        <source>The audit export failed; nothing was written: %1</source>
        <translation>审计导出失败；未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Chain intact: %1</source>
        <translation>链完好：%1</translation>
    </message>
    <message>
        <source>CHAIN BROKEN: %1</source>
        <translation>链已断裂：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported</source>
        <translation>
            <numerusform>已导出 %n 个审计事件</numerusform>
        </translation>
    </message>
    <message>
        <source> (seq %1..%2)</source>
        <translation> (序号 %1..%2)</translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation>输出文件夹：%1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Manifest signature (CMS): %1</source>
        <translation>清单签名 (CMS)：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>tps::gui::AuditModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>tps::gui::AuditView</name>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>验证审计跟踪(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Serial (empty: every event)</source>
        <translation>序列号（留空：所有事件）</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Verify checks every event&apos;s hash chain and the signed checkpoints.</source>
        <translation>验证会检查每个事件的哈希链和已签名的检查点。</translation>
    </message>
    <message>
        <source>Verify could not run: %1</source>
        <translation>无法运行验证：%1</translation>
    </message>
    <message numerus="yes">
        <source>✔ INTACT — %n event(s) verified; signed checkpoints: %1, the last at event %2 (%3 s).</source>
        <translation>
            <numerusform>✔ 完好 — 已验证 %n 个事件；已签名检查点：%1，最后一个位于事件 %2（%3 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ TAMPERED — %1 (%2 at event %3)</source>
        <translation>✘ 已篡改 — %1（%2，位于事件 %3）</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>tps::gui::DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Top failure causes</source>
        <translation>主要失败原因</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <source>Cannot read the station database: %1</source>
        <translation>无法读取工作站数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) completed in the last 24 hours.</source>
        <translation>
            <numerusform>过去 24 小时内完成了 %n 个设备。</numerusform>
        </translation>
    </message>
    <message>
        <source>First-pass yield (%)</source>
        <translation>直通率 (%)</translation>
    </message>
    <message>
        <source>Step %1 (%2/%3)</source>
        <translation>步骤 %1 (%2/%3)</translation>
    </message>
    <message>
        <source>First-pass yield per step</source>
        <translation>各步骤直通率</translation>
    </message>
    <message>
        <source>Devices completed</source>
        <translation>已完成设备</translation>
    </message>
    <message>
        <source>Throughput per hour (UTC, last 24 h)</source>
        <translation>每小时产量（UTC，最近 24 小时）</translation>
    </message>
    <message>
        <source>No failures recorded.</source>
        <translation>没有失败记录。</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Factory database (all stations)</source>
        <translation>工厂数据库（所有工作站）</translation>
    </message>
    <message>
        <source>Cannot read the factory database: %1</source>
        <translation>无法读取工厂数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) completed in the last 24 hours at all stations.</source>
        <translation>
            <numerusform>过去 24 小时内所有工作站共完成了 %n 个设备。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::DeviceDetailDialog</name>
    <message>
        <source>Device detail</source>
        <translation>设备详情</translation>
    </message>
    <message>
        <source>Step / item</source>
        <translation>步骤 / 项目</translation>
    </message>
    <message>
        <source>Outcome / value</source>
        <translation>结果 / 值</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>记录时间 (UTC)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reading the device…</source>
        <translation>正在读取设备…</translation>
    </message>
    <message>
        <source>Cannot read the device: %1</source>
        <translation>无法读取设备：%1</translation>
    </message>
    <message>
        <source>The device is not in the database.</source>
        <translation>数据库中没有该设备。</translation>
    </message>
    <message>
        <source>%1 — product %2 — %3
UUID %4, first seen %5%6</source>
        <translation>%1 — 产品 %2 — %3
UUID %4，首次出现 %5%6</translation>
    </message>
    <message>
        <source>SIMULATED device</source>
        <translation>模拟设备</translation>
    </message>
    <message>
        <source>production device</source>
        <translation>生产设备</translation>
    </message>
    <message>
        <source>, registration ID %1</source>
        <translation>，注册 ID %1</translation>
    </message>
    <message>
        <source>The device&apos;s records cannot be read.</source>
        <translation>无法读取设备的记录。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>TPM slot</source>
        <translation>TPM 槽位</translation>
    </message>
    <message>
        <source>NV index</source>
        <translation>NV 索引</translation>
    </message>
    <message>
        <source>Key handle</source>
        <translation>密钥句柄</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TPM slots</source>
        <translation>TPM 槽位</translation>
    </message>
    <message>
        <source>%1 (attempt %2%3)</source>
        <translation>%1（第 %2 次尝试%3）</translation>
    </message>
    <message>
        <source>, re-check</source>
        <translation>，复检</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>measurement, verdict %1</source>
        <translation>测量，判定 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>artifact %1, SHA-256 %2</source>
        <translation>工件 %1，SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>tps::gui::DevicesModel</name>
    <message>
        <source>SIMULATED</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Product / batch</source>
        <translation>产品 / 批次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>首次出现 (UTC)</translation>
    </message>
</context>
<context>
    <name>tps::gui::DevicesView</name>
    <message>
        <source>Serial contains…</source>
        <translation>序列号包含…</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Product / batch</source>
        <translation>产品 / 批次</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>序列号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>截止(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>标签(&amp;L)…</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) loaded%1</source>
        <translation>
            <numerusform>已加载 %n 个设备%1</numerusform>
        </translation>
    </message>
    <message>
        <source> — scroll for more</source>
        <translation> — 滚动查看更多</translation>
    </message>
    <message>
        <source>Cannot read the devices: %1</source>
        <translation>无法读取设备：%1</translation>
    </message>
</context>
<context>
    <name>tps::gui::DpsExportWizard</name>
    <message>
        <source>DPS enrollment batch — options</source>
        <translation>DPS 注册批次 — 选项</translation>
    </message>
    <message>
        <source>The devices that passed QA go into a signed batch of DPS bulk enrollment files for upload from outside the factory.</source>
        <translation>通过 QA 的设备将放入一个已签名的 DPS 批量注册文件批次，供在工厂外部上传。</translation>
    </message>
    <message>
        <source>batch-&lt;UTC time&gt; when empty</source>
        <translation>留空时为 batch-&lt;UTC 时间&gt;</translation>
    </message>
    <message>
        <source>Batch na&amp;me:</source>
        <translation>批次名称(&amp;M)：</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>新的或空的文件夹</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Output folder for the DPS batch</source>
        <translation>DPS 批次的输出文件夹</translation>
    </message>
    <message>
        <source>DPS enrollment batch — what will be exported</source>
        <translation>DPS 注册批次 — 导出内容</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>开始导出(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>DPS enrollment batch — export</source>
        <translation>DPS 注册批次 — 导出</translation>
    </message>
    <message>
        <source>&amp;New batch</source>
        <translation>新建批次(&amp;N)</translation>
    </message>
    <message>
        <source>Allow &amp;simulated devices</source>
        <translation>允许模拟设备(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Re-export devices already in a batch</source>
        <translation>重新导出已在批次中的设备(&amp;R)</translation>
    </message>
    <message>
        <source>WARNING: SIMULATED devices will be exported. The files mark them (the tag and the CSV column &quot;simulated&quot;, the manifest&apos;s batch) — such a batch must never be uploaded to a production DPS.</source>
        <translation>警告：将导出模拟设备。文件中会对其进行标记（标签和 CSV 列“simulated”、清单中的批次）— 此类批次绝不能上传到生产 DPS。</translation>
    </message>
    <message>
        <source>Sign in first: the batch records who exported it.</source>
        <translation>请先登录：批次会记录导出人。</translation>
    </message>
    <message>
        <source>The product profile is a production profile: simulated devices are never exported from it.</source>
        <translation>该产品配置文件是生产配置文件：绝不会从中导出模拟设备。</translation>
    </message>
    <message>
        <source>The product profile&apos;s DPS settings are not valid: %1</source>
        <translation>产品配置文件的 DPS 设置无效：%1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The output folder %1 is not empty: choose a new or empty folder.</source>
        <translation>输出文件夹 %1 不为空：请选择新的或空的文件夹。</translation>
    </message>
    <message>
        <source>A batch name is one line of at most 128 characters.</source>
        <translation>批次名称只能是一行，最多 128 个字符。</translation>
    </message>
    <message>
        <source>Counting the devices that passed QA…</source>
        <translation>正在统计通过 QA 的设备…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n device(s))</source>
        <translation>
            <numerusform>%1（%n 个设备）</numerusform>
        </translation>
    </message>
    <message>
        <source>The devices cannot be counted: %1</source>
        <translation>无法统计设备：%1</translation>
    </message>
    <message>
        <source>No device that passed QA is waiting for a batch: nothing to export.</source>
        <translation>没有通过 QA 的设备在等待分配批次：没有可导出的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of product %1 will be exported into %2.</source>
        <translation>
            <numerusform>产品 %1 的 %n 个设备将导出到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated devices are included, marked &quot;simulated&quot; in the files.</source>
        <translation>包括模拟设备，在文件中标记为“simulated”。</translation>
    </message>
    <message>
        <source>Simulated devices are left out.</source>
        <translation>不包括模拟设备。</translation>
    </message>
    <message numerus="yes">
        <source>Devices of %n product(s) are waiting: one batch holds one product.</source>
        <translation>
            <numerusform>有 %n 个产品的设备在等待：一个批次只包含一个产品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) stay out (simulated devices not allowed).</source>
        <translation>
            <numerusform>%n 个模拟设备未包括在内（不允许模拟设备）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) already in a batch stay out (no re-export).</source>
        <translation>
            <numerusform>%n 个已在批次中的设备未包括在内（不重新导出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices whose EK DPS cannot take (e.g. ECC) are left out and listed.</source>
        <translation>EK 不被 DPS 接受的设备（例如 ECC）将被排除并列出。</translation>
    </message>
    <message>
        <source>Exporting… the station stays usable meanwhile.</source>
        <translation>正在导出… 在此期间工作站仍可使用。</translation>
    </message>
    <message>
        <source>The export failed. Nothing was recorded and no batch was made.</source>
        <translation>导出失败。未记录任何内容，也未创建批次。</translation>
    </message>
    <message>
        <source>Batch exported — it holds SIMULATED devices.</source>
        <translation>批次已导出 — 其中包含模拟设备。</translation>
    </message>
    <message>
        <source>Batch exported.</source>
        <translation>批次已导出。</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <source>Batch UUID: %1</source>
        <translation>批次 UUID：%1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported</source>
        <translation>
            <numerusform>已导出 %n 个设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bulk operation(s) (at most 10 enrollments each)</source>
        <translation>
            <numerusform>%n 个批量操作（每个最多 10 个注册）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) left out:</source>
        <translation>
            <numerusform>已排除 %n 个设备：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out.</source>
        <translation>
            <numerusform>已排除 %n 个模拟设备。</numerusform>
        </translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation>输出文件夹：%1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>清单：%1</translation>
    </message>
    <message>
        <source>Manifest signature (CMS): %1</source>
        <translation>清单签名 (CMS)：%1</translation>
    </message>
    <message>
        <source>Signing certificate SHA-256: %1</source>
        <translation>签名证书 SHA-256：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) written…</source>
        <translation>
            <numerusform>已写入 %1 / %n 台设备…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::ExportsPage</name>
    <message>
        <source>&amp;DPS enrollment batch</source>
        <translation>&amp;DPS 注册批次</translation>
    </message>
    <message>
        <source>&amp;Audit export</source>
        <translation>审计导出(&amp;A)</translation>
    </message>
    <message>
        <source>Up&amp;load result</source>
        <translation>上传结果(&amp;L)</translation>
    </message>
    <message>
        <source>DPS enrollment batches and upload results are made by supervisors and administrators.</source>
        <translation>DPS 注册批次和上传结果由主管和管理员创建。</translation>
    </message>
</context>
<context>
    <name>tps::gui::FirstRunDialog</name>
    <message>
        <source>Welcome — set up this station</source>
        <translation>欢迎 — 设置此工作站</translation>
    </message>
    <message>
        <source>This station has no operator yet. Create its first administrator: they sign in at once and can add the other operators later (tpm-station-cli operator add).</source>
        <translation>此工作站还没有操作员。请创建第一个管理员：该管理员将立即登录，之后可以添加其他操作员 (tpm-station-cli operator add)。</translation>
    </message>
    <message>
        <source>Operator &amp;ID:</source>
        <translation>操作员 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>全名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>密码或 PIN(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;assword again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Letters, digits, . _ - (up to 64)</source>
        <translation>字母、数字、. _ -（最多 64 个）</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>&amp;Create administrator and sign in</source>
        <translation>创建管理员并登录(&amp;C)</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不同。请输入两次相同的密码。</translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation>正在创建管理员…</translation>
    </message>
</context>
<context>
    <name>tps::gui::FleetModel</name>
    <message>
        <source> (simulated)</source>
        <translation> (模拟)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Identifying…</source>
        <translation>正在识别…</translation>
    </message>
    <message>
        <source>TPM %1</source>
        <translation>TPM %1</translation>
    </message>
    <message>
        <source>rev %1, %2</source>
        <translation>修订版 %1，%2</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>TCTI</source>
        <translation>TCTI</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Vendor string</source>
        <translation>供应商字符串</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规范</translation>
    </message>
    <message>
        <source>NV buffer</source>
        <translation>NV 缓冲区</translation>
    </message>
</context>
<context>
    <name>tps::gui::FleetWorker</name>
    <message>
        <source>Preparing the simulated fleet in %1…</source>
        <translation>正在 %1 中准备模拟设备群…</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) ready.</source>
        <translation>
            <numerusform>%n 个模拟设备已就绪。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::LabelPreviewDialog</name>
    <message>
        <source>The label preview cannot be drawn.</source>
        <translation>无法绘制标签预览。</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save PNG…</source>
        <translation>保存 PNG(&amp;S)…</translation>
    </message>
    <message>
        <source>Label — %1</source>
        <translation>标签 — %1</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>Reading the label…</source>
        <translation>正在读取标签…</translation>
    </message>
    <message>
        <source>No label printer is configured (Settings → Label printer address).</source>
        <translation>未配置标签打印机（设置 → 标签打印机地址）。</translation>
    </message>
    <message>
        <source>Send the label to %1</source>
        <translation>将标签发送到 %1</translation>
    </message>
    <message>
        <source>Save the label preview</source>
        <translation>保存标签预览</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Label of %1 sent to %2.</source>
        <translation>%1 的标签已发送到 %2。</translation>
    </message>
    <message>
        <source>The label was not printed: %1</source>
        <translation>标签未打印：%1</translation>
    </message>
    <message>
        <source>No label: %1</source>
        <translation>无标签：%1</translation>
    </message>
    <message>
        <source>Registration ID %1. No label printer is configured: set its address in Settings.</source>
        <translation>注册 ID %1。未配置标签打印机：请在设置中设置其地址。</translation>
    </message>
    <message>
        <source>Registration ID %1. Printer: %2</source>
        <translation>注册 ID %1。打印机：%2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>No label to save.</source>
        <translation>没有可保存的标签。</translation>
    </message>
    <message>
        <source>Preview saved to %1.</source>
        <translation>预览已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>tps::gui::LanguageChooser</name>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>tps::gui::LoginDialog</name>
    <message>
        <source>Sign i&amp;n</source>
        <translation>登录(&amp;N)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>TPM 预配工作站</translation>
    </message>
    <message>
        <source>SIMULATION STATION — simulated devices only</source>
        <translation>模拟工作站 — 仅限模拟设备</translation>
    </message>
    <message>
        <source>Scan your badge or type your operator ID</source>
        <translation>请刷工牌或输入操作员 ID</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN 或密码</translation>
    </message>
    <message>
        <source>Operator &amp;ID:</source>
        <translation>操作员 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;PIN / password:</source>
        <translation>&amp;PIN / 密码：</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Enter your operator ID and your PIN or password.</source>
        <translation>请输入操作员 ID 以及 PIN 或密码。</translation>
    </message>
</context>
<context>
    <name>tps::gui::MainWindow</name>
    <message>
        <source>TPM Provisioning Station — SIMULATION</source>
        <translation>TPM 预配工作站 — 模拟</translation>
    </message>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>TPM 预配工作站</translation>
    </message>
    <message>
        <source>SIMULATION — simulated TPMs, not production parts. Nothing made here may ship.</source>
        <translation>模拟 — 模拟 TPM，并非生产部件。此处制作的任何产品均不得出货。</translation>
    </message>
    <message>
        <source>The station database cannot be opened: %1</source>
        <translation>无法打开工作站数据库：%1</translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation>工作站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lock / sign out</source>
        <translation>锁定 / 注销(&amp;L)</translation>
    </message>
    <message>
        <source>Large type / &amp;high contrast</source>
        <translation>大字体 / 高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. Sign in again.</source>
        <translation>
            <numerusform>%n 分钟无操作后已锁定。请重新登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated fleet: %1</source>
        <translation>模拟设备群：%1</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Rework / override</source>
        <translation>返修 / 特批</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计跟踪</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Simulated fleet</source>
        <translation>模拟设备群</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) — %3</source>
        <translation>已登录：%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Guided &amp;tour of the simulation</source>
        <translation>模拟导览(&amp;T)</translation>
    </message>
    <message>
        <source>Simulation &amp;kit: profile and what is simulated…</source>
        <translation>模拟套件(&amp;K)：配置文件及模拟内容…</translation>
    </message>
    <message>
        <source>The language cannot change while a device is running. Wait until every socket has finished, then choose it again.</source>
        <translation>设备运行期间无法更改语言。请等待所有测试座完成后再重新选择。</translation>
    </message>
    <message>
        <source>Station &amp;mode at start:</source>
        <translation>启动时的工作站模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Lang&amp;uage (yours and this station&apos;s):</source>
        <translation>语言（您的和本工作站的）(&amp;U)：</translation>
    </message>
    <message>
        <source>TPM supply</source>
        <translation>TPM 供应</translation>
    </message>
    <message>
        <source>%1: %2 The station runs no device until the profile is corrected.</source>
        <translation>%1：%2 在配置文件修正之前，工作站不会处理任何设备。</translation>
    </message>
    <message>
        <source>The sign-out could not be recorded: %1</source>
        <translation>无法记录注销：%1</translation>
    </message>
    <message>
        <source>Factory database: %1</source>
        <translation>工厂数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) queued. Last error (%1): %2</source>
        <translation>
            <numerusform>工厂数据库：%n 条记录排队中。最近错误（%1）：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Factory database: connecting to %1…</source>
        <translation>工厂数据库：正在连接 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) queued, last sent %1</source>
        <translation>
            <numerusform>工厂数据库：%n 条记录排队中，最近发送于 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::ReworkDialog</name>
    <message>
        <source>Sign and &amp;order rework</source>
        <translation>签名并安排返修(&amp;O)</translation>
    </message>
    <message>
        <source>Release a device that exhausted its retries for rework. Your electronic signature (ID and password) is recorded with its meaning, the time and your reason, and binds you like a handwritten signature.</source>
        <translation>放行已用尽重试次数的设备进行返修。您的电子签名（ID 和密码）将连同其含义、时间和您填写的原因一起记录，与手写签名具有同等约束力。</translation>
    </message>
    <message>
        <source>Device &amp;serial:</source>
        <translation>设备序列号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>rework approved</source>
        <translation>批准返修</translation>
    </message>
    <message>
        <source>Meaning of the signature:</source>
        <translation>签名含义：</translation>
    </message>
    <message>
        <source>Why the device may be worked again (required)</source>
        <translation>允许再次加工该设备的原因（必填）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Supervisor &amp;ID:</source>
        <translation>主管 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Enter the serial of the device to rework.</source>
        <translation>请输入要返修设备的序列号。</translation>
    </message>
    <message>
        <source>A reason is required for every rework.</source>
        <translation>每次返修都必须填写原因。</translation>
    </message>
    <message>
        <source>Sign with your supervisor ID and password.</source>
        <translation>请使用您的主管 ID 和密码签名。</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>正在检查签名…</translation>
    </message>
    <message>
        <source>✔ Rework of %1 ordered and signed by %2.</source>
        <translation>✔ %1 的返修已安排，签名人：%2。</translation>
    </message>
    <message>
        <source>The step that failed</source>
        <translation>失败的步骤</translation>
    </message>
    <message>
        <source>Ownership taken — the TPM was cleared</source>
        <translation>已获取所有权 — TPM 已被清除</translation>
    </message>
    <message>
        <source>A device owned under the earlier rule (owner authorization set) is cleared first with the escrowed lockout authorization (tpm-station-cli ownership clear --lockout-key); it then runs again from the ownership step.</source>
        <translation>按旧规则获取所有权的设备（已设置所有者授权）会先使用托管的锁定授权清除 (tpm-station-cli ownership clear --lockout-key)；然后从所有权步骤重新运行。</translation>
    </message>
    <message>
        <source>Run &amp;again from:</source>
        <translation>重新运行起点(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>tps::gui::SettingsDialog</name>
    <message>
        <source>Production profile (refuses simulated devices and shortcuts)</source>
        <translation>生产配置文件（拒绝模拟设备和捷径）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Product profile: %1</source>
        <translation>产品配置文件：%1</translation>
    </message>
    <message>
        <source>(none — start the station with --profile FILE)</source>
        <translation>（无 — 请使用 --profile 文件 启动工作站）</translation>
    </message>
    <message>
        <source>Product &amp;ID:</source>
        <translation>产品 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Product &amp;name:</source>
        <translation>产品名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Failed attempts before re&amp;work:</source>
        <translation>返修前允许的失败次数(&amp;W)：</translation>
    </message>
    <message>
        <source>Trusted TPM manufacturer &amp;roots:</source>
        <translation>受信任的 TPM 制造商根证书(&amp;R)：</translation>
    </message>
    <message>
        <source>Directory of the manufacturers&apos; root certificates</source>
        <translation>制造商根证书所在目录</translation>
    </message>
    <message>
        <source>&amp;Escrow certificate:</source>
        <translation>托管证书(&amp;E)：</translation>
    </message>
    <message>
        <source>The device owner&apos;s X.509 certificate (PEM)</source>
        <translation>设备所有者的 X.509 证书 (PEM)</translation>
    </message>
    <message>
        <source>&amp;Firmware catalog:</source>
        <translation>固件库(&amp;F)：</translation>
    </message>
    <message>
        <source>Directory of signed releases</source>
        <translation>已签名版本所在目录</translation>
    </message>
    <message>
        <source>Firmware signing public keys (PEM files), one per line</source>
        <translation>固件签名公钥（PEM 文件），每行一个</translation>
    </message>
    <message>
        <source>Firmware si&amp;gning keys:</source>
        <translation>固件签名密钥(&amp;G)：</translation>
    </message>
    <message>
        <source>DPS ID s&amp;cope:</source>
        <translation>DPS ID 范围(&amp;C)：</translation>
    </message>
    <message>
        <source>DPS / IoT hub end&amp;point:</source>
        <translation>DPS / IoT 中心终结点(&amp;P)：</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Socket %1 TCTI:</source>
        <translation>测试座 %1 TCTI：</translation>
    </message>
    <message>
        <source>&amp;Label printer:</source>
        <translation>标签打印机(&amp;L)：</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>打印机名称</translation>
    </message>
    <message>
        <source>Label printer &amp;address:</source>
        <translation>标签打印机地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Station settings saved. No product profile file is open: start the station with --profile FILE to edit it.</source>
        <translation>工作站设置已保存。未打开产品配置文件：请使用 --profile 文件 启动工作站以编辑它。</translation>
    </message>
    <message>
        <source>Cannot write the product profile %1: %2</source>
        <translation>无法写入产品配置文件 %1：%2</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>The product ID may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, starting with a letter or digit (64 at most).</source>
        <translation>产品 ID 只能包含字母、数字、“.”、“_”和“-”，须以字母或数字开头（最多 64 个）。</translation>
    </message>
    <message>
        <source>Factory data&amp;base:</source>
        <translation>工厂数据库(&amp;B)：</translation>
    </message>
    <message>
        <source>libpq connection string of the factory database (no password: it comes from ~/.pgpass, PGPASSFILE or PGPASSWORD). Used from the next start.</source>
        <translation>工厂数据库的 libpq 连接字符串（不含密码：密码来自 ~/.pgpass、PGPASSFILE 或 PGPASSWORD）。下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>tps::gui::SimulationInfoDialog</name>
    <message>
        <source>Simulation kit</source>
        <translation>模拟套件</translation>
    </message>
    <message>
        <source>Product profile (JSON):</source>
        <translation>产品配置文件 (JSON)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Product:&lt;/b&gt; %1 (%2), %3</source>
        <translation>&lt;b&gt;产品：&lt;/b&gt;%1 (%2)，%3</translation>
    </message>
    <message>
        <source>production profile</source>
        <translation>生产配置文件</translation>
    </message>
    <message>
        <source>not a production profile</source>
        <translation>非生产配置文件</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Simulated fleet:&lt;/b&gt; %n device(s) in %1</source>
        <translation>
            <numerusform>&lt;b&gt;模拟设备群：&lt;/b&gt;%1 中的 %n 台设备</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;EK certificates&lt;/b&gt; chain to the fleet&apos;s own CA: %1</source>
        <translation>&lt;b&gt;EK 证书&lt;/b&gt;链接到设备群自己的 CA：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Escrow certificate&lt;/b&gt; (the simulated customer): %1</source>
        <translation>&lt;b&gt;托管证书&lt;/b&gt;（模拟客户）：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firmware catalog:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;固件库：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;DPS ID scope:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;DPS ID 范围：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated:&lt;/b&gt; the TPMs (swtpm processes, one per device), their EK certificates (issued by the fleet&apos;s CA, trusted for simulated devices only), the firmware programmer (writes flash.bin), the customer&apos;s escrow key pair and the firmware-signing key. Devices made here are marked SIMULATED and are never accepted by a production profile.</source>
        <translation>&lt;b&gt;模拟的内容：&lt;/b&gt;TPM（swtpm 进程，每台设备一个）、其 EK 证书（由设备群的 CA 颁发，仅对模拟设备受信任）、固件烧录器（写入 flash.bin）、客户的托管密钥对以及固件签名密钥。此处生产的设备标记为 SIMULATED，生产配置文件绝不会接受它们。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Real:&lt;/b&gt; the station software, every TPM command it sends, the database and its audit trail, and the exports — exactly as on a production line.</source>
        <translation>&lt;b&gt;真实的内容：&lt;/b&gt;工作站软件、它发送的每条 TPM 命令、数据库及其审计跟踪，以及导出 — 与生产线上完全相同。</translation>
    </message>
    <message>
        <source>The simulated fleet is not ready yet: its profile file is written once it is.</source>
        <translation>模拟设备群尚未就绪：就绪后才会写入其配置文件。</translation>
    </message>
    <message>
        <source>Cannot write the profile file %1: %2</source>
        <translation>无法写入配置文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>tps::gui::SocketPanel</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Socket %1 — empty</source>
        <translation>测试座 %1 — 空</translation>
    </message>
    <message>
        <source>Scan the next device.</source>
        <translation>请扫描下一个设备。</translation>
    </message>
    <message>
        <source>Stop this socket&apos;s device at the next TPM command (what was committed stays).</source>
        <translation>在下一条 TPM 命令处停止此测试座的设备（已提交的内容保留）。</translation>
    </message>
    <message>
        <source>Working on %1 — leave the device in socket %2.</source>
        <translation>正在处理 %1 — 请将设备留在测试座 %2 中。</translation>
    </message>
    <message>
        <source>Confirm (&amp;%1)</source>
        <translation>确认(&amp;%1)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Socket %1 — %2%3</source>
        <translation>测试座 %1 — %2%3</translation>
    </message>
    <message>
        <source> (SIMULATED)</source>
        <translation> (模拟)</translation>
    </message>
    <message>
        <source>Cancelling — wait for the current TPM command to end.</source>
        <translation>正在取消 — 请等待当前 TPM 命令结束。</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ 通过</translation>
    </message>
    <message>
        <source>%1 is provisioned: take it out.</source>
        <translation>%1 已完成预配：请将其取出。</translation>
    </message>
    <message>
        <source>■ CANCELLED</source>
        <translation>■ 已取消</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ 失败</translation>
    </message>
    <message>
        <source> (SIMULATED, %1 TPM timing simulated)</source>
        <translation> (模拟，模拟 %1 TPM 时序)</translation>
    </message>
    <message>
        <source>The TPM is generating a key (this can take up to a minute) — leave %1 in socket %2.</source>
        <translation>TPM 正在生成密钥（最长可能需要一分钟）— 请将 %1 留在测试座 %2 中。</translation>
    </message>
</context>
<context>
    <name>tps::gui::StationModeChooser</name>
    <message>
        <source>Simulation (simulated TPMs, nothing may ship)</source>
        <translation>模拟（模拟 TPM，不得出货）</translation>
    </message>
    <message>
        <source>Production (real TPMs in the test sockets)</source>
        <translation>生产（测试座中为真实 TPM）</translation>
    </message>
    <message>
        <source>Used when the station starts without --db, --profile or --simulate; a change takes effect at the next start.</source>
        <translation>在工作站启动时未指定 --db、--profile 或 --simulate 的情况下使用；更改将在下次启动时生效。</translation>
    </message>
    <message>
        <source>%1 This run: %2</source>
        <translation>%1 本次运行：%2</translation>
    </message>
</context>
<context>
    <name>tps::gui::StationScreen</name>
    <message>
        <source>&amp;Serial:</source>
        <translation>序列号(&amp;S)：</translation>
    </message>
    <message>
        <source>Scan the device&apos;s serial number</source>
        <translation>请扫描设备的序列号</translation>
    </message>
    <message>
        <source>Scan a device to start.</source>
        <translation>请扫描设备以开始。</translation>
    </message>
    <message>
        <source>%1 is already in socket %2.</source>
        <translation>%1 已在测试座 %2 中。</translation>
    </message>
    <message>
        <source>Every socket is busy: wait for a device to finish, then scan %1 again.</source>
        <translation>所有测试座均已占用：请等待某个设备完成，然后重新扫描 %1。</translation>
    </message>
    <message>
        <source>%1 is not a device of the simulated fleet. Scan a simulated device.</source>
        <translation>%1 不是模拟设备群中的设备。请扫描模拟设备。</translation>
    </message>
    <message>
        <source>Socket %1 has no TPM connection (TCTI) configured: ask a supervisor to set it in Settings.</source>
        <translation>测试座 %1 未配置 TPM 连接 (TCTI)：请让主管在设置中进行设置。</translation>
    </message>
    <message>
        <source>%1 started in socket %2.</source>
        <translation>%1 已在测试座 %2 中开始。</translation>
    </message>
    <message>
        <source>L&amp;ot:</source>
        <translation>Lot(&amp;O)：</translation>
    </message>
    <message>
        <source>Incoming TPM lot (optional)</source>
        <translation>来料 TPM lot（可选）</translation>
    </message>
    <message>
        <source>When a lot is named, every device&apos;s EK must be on that lot&apos;s delivery list.</source>
        <translation>指定 lot 后，每台设备的 EK 都必须在该 lot 的交货清单上。</translation>
    </message>
</context>
<context>
    <name>tps::gui::StepTimelineWidget</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 %2. %3 — %4</source>
        <translation>%1 %2. %3 — %4</translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation> (%1 秒)</translation>
    </message>
</context>
<context>
    <name>tps::gui::TpmSupplyPage</name>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>料号</translation>
    </message>
    <message>
        <source>EKs</source>
        <translation>EK 数</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Electronic signature for the changes below</source>
        <translation>以下更改的电子签名</translation>
    </message>
    <message>
        <source>Signer &amp;ID:</source>
        <translation>签名人 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>原因(&amp;S)：</translation>
    </message>
    <message>
        <source>TPM manufacturer trust store (admins sign)</source>
        <translation>TPM 制造商 trust store（由管理员签名）</translation>
    </message>
    <message>
        <source>Import C&amp;A files…</source>
        <translation>导入 CA 文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move selected CA</source>
        <translation>移除所选 CA(&amp;M)</translation>
    </message>
    <message>
        <source>TPM vendor CA files</source>
        <translation>TPM 供应商 CA 文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der *.p7b *.p7c);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Incoming TPM lots (supervisors sign)</source>
        <translation>来料 TPM lot（由主管签名）</translation>
    </message>
    <message>
        <source>L&amp;ot:</source>
        <translation>Lot(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Part number:</source>
        <translation>料号(&amp;P)：</translation>
    </message>
    <message>
        <source>Import &amp;delivery list…</source>
        <translation>导入交货清单(&amp;D)…</translation>
    </message>
    <message>
        <source>TPM vendor delivery list</source>
        <translation>TPM 供应商交货清单</translation>
    </message>
    <message>
        <source>Delivery lists (*.csv *.json *.txt *.pem);;All files (*)</source>
        <translation>交货清单 (*.csv *.json *.txt *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>UNKNOWN — not in the manifest</source>
        <translation>未知 — 不在清单中</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个 CA 证书</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the trust store.</source>
        <translation>
            <numerusform>%n 个已在 trust store 中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the CA to remove.</source>
        <translation>请选择要移除的 CA。</translation>
    </message>
    <message>
        <source>Removed from the trust store: %1 (%2)</source>
        <translation>已从 trust store 中移除：%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Lot %1 imported: %n EK(s).</source>
        <translation>
            <numerusform>已导入 lot %1：%n 个 EK。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::UploadImportPanel</name>
    <message>
        <source>&amp;Import result</source>
        <translation>导入结果(&amp;I)</translation>
    </message>
    <message>
        <source>After uploading a bulk-NNNN.json file to DPS, import the service&apos;s answer: each device of that operation is marked uploaded, or failed with the reason.</source>
        <translation>将 bulk-NNNN.json 文件上传到 DPS 后，导入该服务的应答：该操作中的每个设备都会被标记为已上传，或标记为失败并附上原因。</translation>
    </message>
    <message>
        <source>bulk-NNNN result JSON</source>
        <translation>bulk-NNNN 结果 JSON</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>浏览(&amp;S)…</translation>
    </message>
    <message>
        <source>Result &amp;file:</source>
        <translation>结果文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>DPS bulk enrollment result</source>
        <translation>DPS 批量注册结果</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sign in first: the import records who made it.</source>
        <translation>请先登录：导入会记录执行人。</translation>
    </message>
    <message>
        <source>Choose the DPS result JSON file to import.</source>
        <translation>请选择要导入的 DPS 结果 JSON 文件。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The result was not imported; nothing was changed: %1</source>
        <translation>结果未导入；未做任何更改：%1</translation>
    </message>
    <message>
        <source>Batch %1, operation %2: %3 uploaded, %4 failed.</source>
        <translation>批次 %1，操作 %2：%3 个已上传，%4 个失败。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>UUID or name; empty: from the manifest.json next to the file</source>
        <translation>UUID 或名称；为空：取自文件旁边的 manifest.json</translation>
    </message>
</context>
<context>
    <name>tps::gui::WelcomeTour</name>
    <message>
        <source>Guided tour of the simulation</source>
        <translation>模拟导览</translation>
    </message>
    <message>
        <source>Welcome to the simulated line</source>
        <translation>欢迎使用模拟产线</translation>
    </message>
    <message>
        <source>the serials listed on the Simulated fleet page (the fleet is starting)</source>
        <translation>“模拟设备群”页面上列出的序列号（设备群正在启动）</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Scan a serial.&lt;/b&gt; This station runs over simulated TPMs. Scan or type one of %1 into the serial field of the Station page and press Enter. The Simulated fleet page lists every device.</source>
        <translation>&lt;b&gt;1. 扫描序列号。&lt;/b&gt;此工作站在模拟 TPM 上运行。将 %1 之一扫描或输入到“工作站”页面的序列号字段中，然后按 Enter。“模拟设备群”页面列出了所有设备。</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Watch the five steps.&lt;/b&gt; A free socket takes the device: TPM installed, EK extracted, ownership taken, firmware flashed, QA check. Each step turns green; the socket then shows a big &lt;b&gt;PASS&lt;/b&gt; (or FAIL with what to do).</source>
        <translation>&lt;b&gt;2. 观察五个步骤。&lt;/b&gt;空闲的测试座会接收设备：TPM 已安装、EK 已提取、已获取所有权、固件已烧录、QA 检查。每个步骤都会变绿；随后测试座会显示醒目的 &lt;b&gt;PASS&lt;/b&gt;（或 FAIL 及处理方法）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Find the results.&lt;/b&gt; The Devices page lists every device and its steps; the Audit trail page records who did what. Supervisors, quality and admins export DPS enrollment batches and audit exports on the Exports page, into a folder they choose.</source>
        <translation>&lt;b&gt;3. 查看结果。&lt;/b&gt;“设备”页面列出每台设备及其步骤；“审计跟踪”页面记录谁做了什么。主管、质量人员和管理员可在“导出”页面将 DPS 注册批次和审计导出保存到他们选择的文件夹。</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Know what is simulated.&lt;/b&gt; The TPMs, their EK certificates, the firmware programmer and the customer&apos;s escrow key are simulated, and nothing made here may ship. The kit&apos;s product profile and the full list are one click away: Help ▸ Simulation kit.</source>
        <translation>&lt;b&gt;4. 了解哪些是模拟的。&lt;/b&gt;TPM、其 EK 证书、固件烧录器和客户的托管密钥都是模拟的，此处生产的任何设备都不得出货。套件的产品配置文件和完整列表只需一次点击：帮助 ▸ 模拟套件。</translation>
    </message>
    <message>
        <source>Simulation &amp;kit…</source>
        <translation>模拟套件(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Start scanning</source>
        <translation>开始扫描(&amp;S)</translation>
    </message>
</context>
</TS>
