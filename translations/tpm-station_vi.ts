<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Verify, list or checkpoint the station&apos;s audit trail.</source>
        <translation>Xác minh, liệt kê hoặc tạo điểm kiểm tra cho nhật ký kiểm toán của trạm.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Cơ sở dữ liệu của trạm.</translation>
    </message>
    <message>
        <source>Only events of this device (list).</source>
        <translation>Chỉ các sự kiện của thiết bị này (list).</translation>
    </message>
    <message>
        <source>First sequence number (list).</source>
        <translation>Số thứ tự đầu tiên (list).</translation>
    </message>
    <message>
        <source>Number of events (list).</source>
        <translation>Số lượng sự kiện (list).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>Operator doing the export (password from STATION_PASSWORD or stdin).</source>
        <translation>Người vận hành thực hiện việc xuất (mật khẩu lấy từ STATION_PASSWORD hoặc stdin).</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>Cần có --db ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <source>TAMPERED: %1</source>
        <translation>BỊ CAN THIỆP: %1</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>Cần có --out TỆP.</translation>
    </message>
    <message>
        <source>Checkpoint signed at audit event %1.</source>
        <translation>Đã ký điểm kiểm tra tại sự kiện kiểm toán %1.</translation>
    </message>
    <message>
        <source>The latest checkpoint already covers the whole trail.</source>
        <translation>Điểm kiểm tra mới nhất đã bao phủ toàn bộ nhật ký.</translation>
    </message>
    <message>
        <source>The audit trail is empty: there is nothing to witness.</source>
        <translation>Nhật ký kiểm toán trống: không có gì để chứng thực.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>Witnessed checkpoint (audit event %1) written to %2; key fingerprint %3.</source>
        <translation>Đã ghi điểm kiểm tra được chứng thực (sự kiện kiểm toán %1) vào %2; dấu vân tay khóa %3.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Dấu vân tay SHA-256: %1</translation>
    </message>
    <message>
        <source>--passphrase-fd takes a file descriptor.</source>
        <translation>--passphrase-fd cần một bộ mô tả tệp.</translation>
    </message>
    <message>
        <source>New admin passphrase for the station key: </source>
        <translation>Cụm mật khẩu quản trị mới cho khóa của trạm: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Nhập lại cụm mật khẩu: </translation>
    </message>
    <message>
        <source>The two passphrases differ; the station key was not changed.</source>
        <translation>Hai cụm mật khẩu khác nhau; khóa của trạm không được thay đổi.</translation>
    </message>
    <message>
        <source>No passphrase was given (--passphrase-fd N, or a terminal); the station key was not changed.</source>
        <translation>Chưa nhập cụm mật khẩu (--passphrase-fd N, hoặc một terminal); khóa của trạm không được thay đổi.</translation>
    </message>
    <message>
        <source>The station key %1 is now protected by the admin&apos;s passphrase.</source>
        <translation>Khóa của trạm %1 hiện được bảo vệ bằng cụm mật khẩu của quản trị viên.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli audit verify|list|checkpoint|export|public-key|protect-key --db PATH [--json]</source>
        <translation>Cách dùng: tpm-station-cli audit verify|list|checkpoint|export|public-key|protect-key --db ĐƯỜNG_DẪN [--json]</translation>
    </message>
    <message>
        <source>Export file (export), witnessed checkpoint (checkpoint) or public key (public-key).</source>
        <translation>Tệp xuất (export), điểm kiểm tra được chứng thực (checkpoint) hoặc khóa công khai (public-key).</translation>
    </message>
    <message>
        <source>The station&apos;s public key, as the auditor keeps it (verify).</source>
        <translation>Khóa công khai của trạm, như kiểm toán viên lưu giữ (verify).</translation>
    </message>
    <message>
        <source>The pinned SHA-256 fingerprint of the public key (verify).</source>
        <translation>Dấu vân tay SHA-256 đã ghim của khóa công khai (verify).</translation>
    </message>
    <message>
        <source>Read the admin&apos;s new passphrase from this file descriptor (protect-key).</source>
        <translation>Đọc cụm mật khẩu mới của quản trị viên từ bộ mô tả tệp này (protect-key).</translation>
    </message>
    <message>
        <source>The auditor&apos;s last witnessed checkpoint (verify).</source>
        <translation>Điểm kiểm tra được chứng thực gần nhất của kiểm toán viên (verify).</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported to %1, signed at event %2.</source>
        <translation>
            <numerusform>Đã xuất %n sự kiện kiểm toán vào %1, ký tại sự kiện %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>No export file given.</source>
        <translation>Chưa chỉ định tệp xuất.</translation>
    </message>
    <message>
        <source>The export could not be checkpointed.</source>
        <translation>Không thể tạo điểm kiểm tra cho bản xuất.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>No output directory given.</source>
        <translation>Chưa chỉ định thư mục đầu ra.</translation>
    </message>
    <message>
        <source>Choose at least one of csv, json and pdf.</source>
        <translation>Hãy chọn ít nhất một trong csv, json và pdf.</translation>
    </message>
    <message>
        <source>--from and --to take ISO 8601 times, e.g. 2026-11-21 or 2026-11-21T14:00:00Z.</source>
        <translation>--from và --to nhận thời gian theo ISO 8601, ví dụ 2026-11-21 hoặc 2026-11-21T14:00:00Z.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Khoảng thời gian kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>Thư mục đầu ra %1 không trống.</translation>
    </message>
    <message>
        <source>No batch &apos;%1&apos;.</source>
        <translation>Không có lô &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>%1 holds no complete audit export (verification.json, audit-events.json).</source>
        <translation>%1 không chứa bản xuất kiểm toán đầy đủ (verification.json, audit-events.json).</translation>
    </message>
    <message>
        <source>Audit report - TPM Provisioning Station</source>
        <translation>Báo cáo kiểm toán - TPM Provisioning Station</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Trạm: %1</translation>
    </message>
    <message>
        <source>Software version: %1</source>
        <translation>Phiên bản phần mềm: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Khoảng thời gian: %1 đến %2</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>sự kiện đầu tiên</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>lúc xuất</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Thiết bị: %1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Lô: %1</translation>
    </message>
    <message>
        <source>Exported %1 by %2 (%3)</source>
        <translation>Xuất lúc %1 bởi %2 (%3)</translation>
    </message>
    <message>
        <source>Events in this report: %1 (sequence %2 to %3)</source>
        <translation>Số sự kiện trong báo cáo này: %1 (số thứ tự %2 đến %3)</translation>
    </message>
    <message>
        <source>Verification verdict</source>
        <translation>Kết luận xác minh</translation>
    </message>
    <message>
        <source>VERDICT: INTACT</source>
        <translation>KẾT LUẬN: NGUYÊN VẸN</translation>
    </message>
    <message>
        <source>VERDICT: TAMPERED</source>
        <translation>KẾT LUẬN: BỊ CAN THIỆP</translation>
    </message>
    <message>
        <source>Events verified: %1; signed checkpoints: %2; last checkpoint at event %3.</source>
        <translation>Sự kiện đã xác minh: %1; điểm kiểm tra đã ký: %2; điểm kiểm tra cuối tại sự kiện %3.</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Người vận hành</translation>
    </message>
    <message>
        <source>(station software or unknown)</source>
        <translation>(phần mềm trạm hoặc không rõ)</translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation>Chữ ký điện tử</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Không có trong khoảng thời gian này.</translation>
    </message>
    <message>
        <source>%1  %2 (%3) signed meaning &quot;%4&quot; for %5 %6; reason: %7</source>
        <translation>%1  %2 (%3) đã ký với ý nghĩa &quot;%4&quot; cho %5 %6; lý do: %7</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>lý do: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit event %1 is out of order: it was chained after event %2.</source>
        <translation>Sự kiện kiểm toán %1 sai thứ tự: nó được nối chuỗi sau sự kiện %2.</translation>
    </message>
    <message>
        <source>Audit event %1 was inserted: event %2 already has a successor.</source>
        <translation>Sự kiện kiểm toán %1 đã bị chèn vào: sự kiện %2 đã có sự kiện kế tiếp.</translation>
    </message>
    <message>
        <source>Audit event %1 was inserted: it is not part of the chain after event %2.</source>
        <translation>Sự kiện kiểm toán %1 đã bị chèn vào: nó không thuộc chuỗi sau sự kiện %2.</translation>
    </message>
    <message>
        <source>One or more audit events are missing between event %1 and event %2.</source>
        <translation>Thiếu một hoặc nhiều sự kiện kiểm toán giữa sự kiện %1 và sự kiện %2.</translation>
    </message>
    <message>
        <source>Audit event %1 was altered: its content no longer matches its hash.</source>
        <translation>Sự kiện kiểm toán %1 đã bị sửa đổi: nội dung không còn khớp với giá trị băm của nó.</translation>
    </message>
    <message>
        <source>The append-only protection %1 of the audit records was removed or changed.</source>
        <translation>Cơ chế bảo vệ chỉ-ghi-thêm %1 của các bản ghi kiểm toán đã bị gỡ bỏ hoặc thay đổi.</translation>
    </message>
    <message>
        <source>The last audit event has no valid hash.</source>
        <translation>Sự kiện kiểm toán cuối cùng không có giá trị băm hợp lệ.</translation>
    </message>
    <message>
        <source>The checkpoint file %1 belongs to another station.</source>
        <translation>Tệp điểm kiểm tra %1 thuộc về một trạm khác.</translation>
    </message>
    <message>
        <source>The checkpoint file %1 is unreadable.</source>
        <translation>Không đọc được tệp điểm kiểm tra %1.</translation>
    </message>
    <message>
        <source>The checkpoint at audit event %1 does not carry a valid signature of this station.</source>
        <translation>Điểm kiểm tra tại sự kiện kiểm toán %1 không mang chữ ký hợp lệ của trạm này.</translation>
    </message>
    <message>
        <source>Two checkpoints disagree about audit event %1.</source>
        <translation>Hai điểm kiểm tra mâu thuẫn nhau về sự kiện kiểm toán %1.</translation>
    </message>
    <message>
        <source>Audit event %1 is out of sequence.</source>
        <translation>Sự kiện kiểm toán %1 sai thứ tự.</translation>
    </message>
    <message>
        <source>Audit event %1 is missing.</source>
        <translation>Thiếu sự kiện kiểm toán %1.</translation>
    </message>
    <message>
        <source>Audit events %1 to %2 are missing.</source>
        <translation>Thiếu các sự kiện kiểm toán từ %1 đến %2.</translation>
    </message>
    <message>
        <source>The audit trail between events %1 and %2 was rewritten: it no longer matches the signed checkpoint at event %2.</source>
        <translation>Nhật ký kiểm toán giữa sự kiện %1 và %2 đã bị viết lại: nó không còn khớp với điểm kiểm tra đã ký tại sự kiện %2.</translation>
    </message>
    <message>
        <source>The audit trail was truncated: events %1 to %2, vouched for by a signed checkpoint, are missing from its end.</source>
        <translation>Nhật ký kiểm toán đã bị cắt bớt: các sự kiện %1 đến %2, được một điểm kiểm tra đã ký xác nhận, bị thiếu ở cuối nhật ký.</translation>
    </message>
    <message>
        <source>The audit trail is intact (events: %1, signed checkpoints: %2).</source>
        <translation>Nhật ký kiểm toán nguyên vẹn (sự kiện: %1, điểm kiểm tra đã ký: %2).</translation>
    </message>
    <message>
        <source>The public key has fingerprint %1, not the pinned fingerprint %2.</source>
        <translation>Khóa công khai có dấu vân tay %1, không phải dấu vân tay đã ghim %2.</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 names the checkpoint key %2, not the trusted key %3: the station key was replaced.</source>
        <translation>%1 nêu khóa điểm kiểm tra %2, không phải khóa tin cậy %3: khóa của trạm đã bị thay thế.</translation>
    </message>
    <message>
        <source>Cannot read the witnessed checkpoint %1: %2</source>
        <translation>Không thể đọc điểm kiểm tra được chứng thực %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a signed checkpoint note.</source>
        <translation>%1 không phải là ghi chú điểm kiểm tra đã ký.</translation>
    </message>
    <message>
        <source>The witnessed checkpoint %1 is of %2, not of this station (%3).</source>
        <translation>Điểm kiểm tra được chứng thực %1 thuộc về %2, không phải của trạm này (%3).</translation>
    </message>
    <message>
        <source>The witnessed checkpoint %1 (event %2) carries no valid signature of the trusted key %3: the key or the checkpoint was replaced.</source>
        <translation>Điểm kiểm tra được chứng thực %1 (sự kiện %2) không mang chữ ký hợp lệ nào của khóa tin cậy %3: khóa hoặc điểm kiểm tra đã bị thay thế.</translation>
    </message>
    <message numerus="yes">
        <source>The checkpoint file %1 is missing: the station mirrors its latest signed checkpoint there (the database holds %n signed checkpoints).</source>
        <translation>
            <numerusform>Thiếu tệp điểm kiểm tra %1: trạm sao chép điểm kiểm tra đã ký mới nhất của mình vào đó (cơ sở dữ liệu chứa %n điểm kiểm tra đã ký).</numerusform>
        </translation>
    </message>
    <message>
        <source>The checkpoint at audit event %1 is signed by another key (%2), not the trusted key %3.</source>
        <translation>Điểm kiểm tra tại sự kiện kiểm toán %1 được ký bởi một khóa khác (%2), không phải khóa tin cậy %3.</translation>
    </message>
    <message>
        <source>The trail&apos;s checkpoint at audit event %1 disagrees with the witnessed checkpoint: the trail was rewritten and re-signed.</source>
        <translation>Điểm kiểm tra của nhật ký tại sự kiện kiểm toán %1 không khớp với điểm kiểm tra được chứng thực: nhật ký đã bị viết lại và ký lại.</translation>
    </message>
</context>
<context>
    <name>AuthenticationKeyBlob</name>
    <message>
        <source>The DPS authentication key is damaged (%1). Repeat the QA check; if it fails again, call a supervisor.</source>
        <translation>Khóa xác thực DPS bị hỏng (%1). Hãy lặp lại bước kiểm tra QA; nếu vẫn thất bại, hãy gọi trưởng ca.</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>Import a DPS bulk enrollment result: mark each device of the operation uploaded or failed.</source>
        <translation>Nhập kết quả đăng ký hàng loạt DPS: đánh dấu từng thiết bị của thao tác là đã tải lên hoặc thất bại.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Cơ sở dữ liệu của trạm.</translation>
    </message>
    <message>
        <source>Bulk operation number (default: from the file name bulk-NNNN...).</source>
        <translation>Số thứ tự thao tác hàng loạt (mặc định: lấy từ tên tệp bulk-NNNN...).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>The DPS bulk result JSON.</source>
        <translation>Tệp JSON kết quả hàng loạt của DPS.</translation>
    </message>
    <message>
        <source>--operation takes a number from 1.</source>
        <translation>--operation nhận một số từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Batch %1, operation %2: %3 uploaded, %4 failed.</source>
        <translation>Lô %1, thao tác %2: %3 đã tải lên, %4 thất bại.</translation>
    </message>
    <message>
        <source>Batch UUID or name (default: from the manifest.json next to FILE).</source>
        <translation>UUID hoặc tên lô (mặc định: lấy từ manifest.json cạnh TỆP).</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli batch import-result --db PATH --as ID [--batch UUID|NAME] [--operation N] FILE</source>
        <translation>Cách dùng: tpm-station-cli batch import-result --db ĐƯỜNG_DẪN --as ID [--batch UUID|TÊN] [--operation N] TỆP</translation>
    </message>
    <message>
        <source>The operator importing (password from STATION_PASSWORD or stdin).</source>
        <translation>Người vận hành thực hiện việc nhập (mật khẩu lấy từ STATION_PASSWORD hoặc stdin).</translation>
    </message>
</context>
<context>
    <name>CaDirectory</name>
    <message>
        <source>(empty subject)</source>
        <translation>(chủ thể trống)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a CA certificate (no basicConstraints cA:TRUE). A roots directory holds TPM manufacturer CA certificates only: remove this file.</source>
        <translation>%1: &apos;%2&apos; không phải là chứng chỉ CA (không có basicConstraints cA:TRUE). Thư mục CA gốc chỉ chứa chứng chỉ CA của nhà sản xuất TPM: hãy xóa tệp này.</translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; expired on %3. EK certificates that need it are judged expired; ask the TPM vendor for its successor.</source>
        <translation>%1: CA &apos;%2&apos; đã hết hạn vào %3. Các chứng chỉ EK cần đến nó sẽ bị coi là hết hạn; hãy yêu cầu nhà cung cấp TPM cung cấp CA kế nhiệm.</translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; is not valid before %3. Check the station&apos;s clock.</source>
        <translation>%1: CA &apos;%2&apos; chưa có hiệu lực trước %3. Hãy kiểm tra đồng hồ của trạm.</translation>
    </message>
    <message>
        <source>%1: the CA &apos;%2&apos; (SHA-256 %3) is NOT in the station&apos;s manifest of known TPM vendor CAs. Check where this file came from before trusting it.</source>
        <translation>%1: CA &apos;%2&apos; (SHA-256 %3) KHÔNG có trong bản kê khai các CA đã biết của nhà cung cấp TPM của trạm. Hãy kiểm tra nguồn gốc tệp này trước khi tin cậy nó.</translation>
    </message>
    <message>
        <source>%1 — NOT in the manifest of known TPM vendor CAs</source>
        <translation>%1 — KHÔNG có trong bản kê khai các CA đã biết của nhà cung cấp TPM</translation>
    </message>
</context>
<context>
    <name>CentralAuditSource</name>
    <message>
        <source>The checkpoint of station %1 at audit event %2 has no verdict yet: run &apos;tpm-station-cli central verify&apos;.</source>
        <translation>Điểm kiểm tra của trạm %1 tại sự kiện kiểm toán %2 chưa có kết luận: hãy chạy &apos;tpm-station-cli central verify&apos;.</translation>
    </message>
    <message>
        <source>No signed checkpoint of station %1 has reached the factory database.</source>
        <translation>Chưa có điểm kiểm tra đã ký nào của trạm %1 đến được cơ sở dữ liệu nhà máy.</translation>
    </message>
    <message numerus="yes">
        <source>The factory database holds station %1&apos;s trail intact: %n event(s), every checkpoint verified against the pinned key.</source>
        <translation>
            <numerusform>Cơ sở dữ liệu nhà máy giữ chuỗi kiểm toán của trạm %1 nguyên vẹn: %n sự kiện, mọi điểm kiểm tra đã được xác minh bằng khóa đã ghim.</numerusform>
        </translation>
    </message>
    <message>
        <source>The factory database flags station %1&apos;s trail at audit event %2 (%3): %4</source>
        <translation>Cơ sở dữ liệu nhà máy đánh dấu chuỗi kiểm toán của trạm %1 tại sự kiện kiểm toán %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>CentralEkRegistry</name>
    <message numerus="yes">
        <source>No answer within the time-out of %n second(s): %1</source>
        <translation>
            <numerusform>Không có trả lời trong thời gian chờ %n giây: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CentralExports</name>
    <message>
        <source>&apos;%1&apos; is not a station ID (a UUID).</source>
        <translation>&apos;%1&apos; không phải là ID trạm (một UUID).</translation>
    </message>
    <message>
        <source>Station %1 has sent nothing to the factory database %2.</source>
        <translation>Trạm %1 chưa gửi gì đến cơ sở dữ liệu nhà máy %2.</translation>
    </message>
    <message>
        <source>A batch from the factory database takes each device once: --reexport is for a station&apos;s own batches.</source>
        <translation>Một lô từ cơ sở dữ liệu nhà máy chỉ lấy mỗi thiết bị một lần: --reexport dành cho các lô riêng của một trạm.</translation>
    </message>
    <message>
        <source>its EK (station %1) was also seen on %2: a DPS batch never takes an EK seen on more than one device</source>
        <translation>EK của nó (trạm %1) cũng đã thấy trên %2: một lô DPS không bao giờ lấy một EK đã thấy trên nhiều hơn một thiết bị</translation>
    </message>
    <message>
        <source>The batch was written and signed, but the factory database did not record it: %1</source>
        <translation>Lô đã được ghi và ký, nhưng cơ sở dữ liệu nhà máy chưa ghi nhận nó: %1</translation>
    </message>
</context>
<context>
    <name>CentralSchema</name>
    <message>
        <source>The factory database %1 has no station schema yet: run &apos;tpm-station-cli central init --central URL&apos; first.</source>
        <translation>Cơ sở dữ liệu nhà máy %1 chưa có lược đồ trạm: hãy chạy &apos;tpm-station-cli central init --central URL&apos; trước.</translation>
    </message>
    <message>
        <source>The factory database %1 has schema version %2, newer than this station software (%3): update the station software.</source>
        <translation>Cơ sở dữ liệu nhà máy %1 có phiên bản lược đồ %2, mới hơn phần mềm trạm này (%3): hãy cập nhật phần mềm trạm.</translation>
    </message>
    <message>
        <source>The factory database %1 has schema version %2, older than this station software (%3): run &apos;tpm-station-cli central init&apos; to migrate it.</source>
        <translation>Cơ sở dữ liệu nhà máy %1 có phiên bản lược đồ %2, cũ hơn phần mềm trạm này (%3): hãy chạy &apos;tpm-station-cli central init&apos; để chuyển đổi nó.</translation>
    </message>
</context>
<context>
    <name>CentralVerifier</name>
    <message>
        <source>Station %1 has no pinned checkpoint key: its checkpoint at audit event %2 cannot be verified (pin it with &apos;tpm-station-cli central pin&apos;).</source>
        <translation>Trạm %1 chưa có khóa điểm kiểm tra được ghim: không thể xác minh điểm kiểm tra tại sự kiện kiểm toán %2 của trạm (ghim bằng &apos;tpm-station-cli central pin&apos;).</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 is not signed.</source>
        <translation>Điểm kiểm tra của trạm %1 tại sự kiện kiểm toán %2 chưa được ký.</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 does not carry a valid signature.</source>
        <translation>Điểm kiểm tra của trạm %1 tại sự kiện kiểm toán %2 không mang chữ ký hợp lệ.</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 is signed by another key (%3), not the pinned key %4.</source>
        <translation>Điểm kiểm tra của trạm %1 tại sự kiện kiểm toán %2 được ký bởi một khóa khác (%3), không phải khóa đã ghim %4.</translation>
    </message>
    <message>
        <source>The checkpoint of station %1 at audit event %2 signs a hash that the factory database&apos;s chain does not have at that event.</source>
        <translation>Điểm kiểm tra của trạm %1 tại sự kiện kiểm toán %2 ký một giá trị băm mà chuỗi của cơ sở dữ liệu nhà máy không có tại sự kiện đó.</translation>
    </message>
    <message>
        <source>A station ID (a UUID) and an Ed25519 public key are needed to pin a key.</source>
        <translation>Cần một ID trạm (UUID) và một khóa công khai Ed25519 để ghim khóa.</translation>
    </message>
    <message>
        <source>Station %1 already has the pinned key %2: a station never makes a new key for an existing trail, so the factory database keeps the first one.</source>
        <translation>Trạm %1 đã có khóa được ghim %2: một trạm không bao giờ tạo khóa mới cho nhật ký đã có, nên cơ sở dữ liệu nhà máy giữ khóa đầu tiên.</translation>
    </message>
</context>
<context>
    <name>Checkpoints</name>
    <message>
        <source>The station key %1 is accessible to other users; it must be readable by its owner only (chmod 600).</source>
        <translation>Khóa trạm %1 có thể bị người dùng khác truy cập; chỉ chủ sở hữu mới được đọc nó (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the station key %1: %2</source>
        <translation>Không thể đọc khóa trạm %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 station key.</source>
        <translation>%1 không phải là khóa trạm Ed25519.</translation>
    </message>
    <message>
        <source>Cannot generate the station key.</source>
        <translation>Không thể tạo khóa trạm.</translation>
    </message>
    <message>
        <source>Cannot encode the station key.</source>
        <translation>Không thể mã hóa khóa trạm.</translation>
    </message>
    <message>
        <source>Cannot create the station key %1: %2</source>
        <translation>Không thể tạo khóa trạm %1: %2</translation>
    </message>
    <message>
        <source>There is no station key at %1.</source>
        <translation>Không có khóa trạm tại %1.</translation>
    </message>
    <message>
        <source>Cannot sign with the station key.</source>
        <translation>Không thể ký bằng khóa trạm.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>The station key %1 is protected by the admin&apos;s passphrase: unlock it (tpm-station-cli --key-passphrase-fd N …, or at the prompt).</source>
        <translation>Khóa của trạm %1 được bảo vệ bằng cụm mật khẩu của quản trị viên: hãy mở khóa (tpm-station-cli --key-passphrase-fd N …, hoặc tại lời nhắc).</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the station key %1.</source>
        <translation>Cụm mật khẩu không mở được khóa của trạm %1.</translation>
    </message>
    <message>
        <source>Cannot read the public key %1: %2</source>
        <translation>Không thể đọc khóa công khai %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key (PEM &quot;BEGIN PUBLIC KEY&quot;); verifying needs only the station&apos;s public key, never its private key.</source>
        <translation>%1 không phải là khóa công khai Ed25519 (PEM &quot;BEGIN PUBLIC KEY&quot;); việc xác minh chỉ cần khóa công khai của trạm, không bao giờ cần khóa riêng.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.

%2</source>
        <translation>Lệnh không xác định &apos;%1&apos;.

%2</translation>
    </message>
    <message>
        <source>Options before the command:
  --lang L                 the language of the messages (de, zh_CN, ...; default: STATION_LANG, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
  --key-passphrase-fd N    unlock a station key protected by the admin&apos;s passphrase from descriptor N (else asked at the terminal)
  --version                the version, git revision, build date and the versions of Qt, tpm2-tss, OpenSSL and SQLite in use
  --help                   this text</source>
        <translation>Tùy chọn đặt trước lệnh:
  --lang L                 ngôn ngữ của thông báo (de, zh_CN, ...; mặc định: STATION_LANG, rồi LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
  --key-passphrase-fd N    mở khóa của trạm được bảo vệ bằng cụm mật khẩu của quản trị viên từ bộ mô tả N (nếu không sẽ hỏi tại terminal)
  --version                phiên bản, bản sửa đổi git, ngày build và phiên bản Qt, tpm2-tss, OpenSSL và SQLite đang dùng
  --help                   văn bản này</translation>
    </message>
    <message>
        <source>--lang needs a language, for example --lang de.</source>
        <translation>--lang cần một ngôn ngữ, ví dụ --lang de.</translation>
    </message>
    <message>
        <source>The language &apos;%1&apos; is not available; the messages are in English.</source>
        <translation>Không có ngôn ngữ &apos;%1&apos;; thông báo sẽ hiển thị bằng tiếng Anh.</translation>
    </message>
    <message>
        <source>--key-passphrase-fd takes a file descriptor.</source>
        <translation>--key-passphrase-fd cần một bộ mô tả tệp.</translation>
    </message>
    <message>
        <source>  --password-fd N          the password of the command&apos;s --as ID from descriptor N (one line), instead of STATION_PASSWORD or stdin</source>
        <translation>  --password-fd N          mật khẩu của --as ID của lệnh, đọc từ bộ mô tả N (một dòng), thay vì STATION_PASSWORD hoặc stdin</translation>
    </message>
    <message>
        <source>--password-fd takes a file descriptor.</source>
        <translation>--password-fd cần một bộ mô tả tệp.</translation>
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
        <translation>Cách dùng: tpm-station-cli [--lang L] [--key-passphrase-fd N] &lt;command&gt; [tùy chọn]

Các lệnh:
  run                      chạy công việc chính của trạm trên dàn thiết bị mô phỏng
  line                     chạy dây chuyền trên các thiết bị mô phỏng vào một cơ sở dữ liệu của trạm
  audit verify|list|checkpoint|export|public-key|protect-key   kiểm tra, chứng thực hoặc xuất nhật ký kiểm toán
  operator add|list|disable    quản lý người vận hành
  rework                   yêu cầu làm lại một thiết bị (chữ ký của trưởng ca)
  sim create|start|stop|list   quản lý dàn TPM mô phỏng
  tpm info                 nhận dạng một TPM
  ek show|verify|regid|roots   EK, kết luận về chứng chỉ của nó và ID đăng ký DPS; trust store
  lot import|list|show     các lot TPM nhập về: danh sách giao hàng EK của nhà cung cấp
  ownership take|clear|verify  bước 3: nhận quyền sở hữu (bí mật được lưu ký); xóa để làm lại; kiểm tra phù hợp với client của thiết bị
  escrow open              chủ sở hữu khôi phục các ủy quyền TPM đã lưu ký
  profile pin-escrow       ghim chứng chỉ ký quỹ của hồ sơ (một thay đổi có chữ ký của quản trị viên)
  firmware verify|settings xác minh một bản phát hành firmware đã ký; đọc cài đặt cấp phát của một TPM
  export dps|audit|slot-keys  lô đăng ký DPS đã ký; bản xuất kiểm toán đã ký (CSV, JSON, PDF);
                           khóa khe cho kỹ sư đám mây (mã hóa CMS)
  batch import-result      nhập kết quả đăng ký hàng loạt DPS
  label                    nhãn thiết bị (ZPL vào tệp hoặc máy in tcp://, xem trước PNG)
  slot list|provision|sas|destroy|hwid   các khe TPM của Limpet (Windows IoT Core) trên TPM ở bàn thử
  sync [status]            gửi các bản ghi trong hàng đợi đến cơ sở dữ liệu nhà máy; hiển thị hàng đợi
  central init             tạo hoặc chuyển đổi lược đồ của cơ sở dữ liệu nhà máy
  dashboard                bảng điều khiển nhà máy từ cơ sở dữ liệu nhà máy

Chạy &apos;tpm-station-cli &lt;command&gt; --help&apos; để xem các tùy chọn của một lệnh.</translation>
    </message>
</context>
<context>
    <name>CliAuth</name>
    <message>
        <source>--as ID is required: the operator doing this.</source>
        <translation>Cần có --as ID: người vận hành thực hiện việc này.</translation>
    </message>
</context>
<context>
    <name>CliSecrets</name>
    <message>
        <source>Admin passphrase of the station key %1: </source>
        <translation>Cụm mật khẩu quản trị của khóa trạm %1: </translation>
    </message>
</context>
<context>
    <name>CmsEscrow</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not an X.509 certificate (PEM or DER)</source>
        <translation>không phải chứng chỉ X.509 (PEM hoặc DER)</translation>
    </message>
    <message>
        <source>the escrow certificate has expired</source>
        <translation>chứng chỉ lưu ký đã hết hạn</translation>
    </message>
    <message>
        <source>the escrow certificate is not valid yet</source>
        <translation>chứng chỉ lưu ký chưa có hiệu lực</translation>
    </message>
    <message>
        <source>the certificate&apos;s public key cannot be read</source>
        <translation>không đọc được khóa công khai của chứng chỉ</translation>
    </message>
    <message>
        <source>the escrow certificate must carry an RSA (2048 bits or more) or an EC key, not %1</source>
        <translation>chứng chỉ lưu ký phải mang khóa RSA (2048 bit trở lên) hoặc khóa EC, không phải %1</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted private key (PEM or DER)</source>
        <translation>%1 không phải là khóa riêng không mã hóa (PEM hoặc DER)</translation>
    </message>
    <message>
        <source>escrow encryption failed</source>
        <translation>mã hóa lưu ký thất bại</translation>
    </message>
    <message>
        <source>the escrow record is not a CMS EnvelopedData</source>
        <translation>bản ghi lưu ký không phải là CMS EnvelopedData</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>hết bộ nhớ</translation>
    </message>
    <message>
        <source>the escrow record does not open with this key (wrong owner key?)</source>
        <translation>bản ghi lưu ký không mở được bằng khóa này (sai khóa của chủ sở hữu?)</translation>
    </message>
    <message>
        <source>decryption failed</source>
        <translation>giải mã thất bại</translation>
    </message>
    <message>
        <source>encryption of a station secret failed</source>
        <translation>mã hóa một bí mật của trạm thất bại</translation>
    </message>
    <message>
        <source>the key-encryption key must be 256 bits</source>
        <translation>khóa mã hóa khóa phải dài 256 bit</translation>
    </message>
    <message>
        <source>the record is not a CMS EnvelopedData</source>
        <translation>bản ghi không phải là CMS EnvelopedData</translation>
    </message>
    <message>
        <source>the record does not open with the station&apos;s key-encryption key</source>
        <translation>bản ghi không mở được bằng khóa mã hóa khóa của trạm</translation>
    </message>
</context>
<context>
    <name>CommandFlasher</name>
    <message>
        <source>The programmer %1 could not be started. Ask a supervisor to check the station set-up.</source>
        <translation>Không khởi động được bộ nạp %1. Hãy nhờ trưởng ca kiểm tra cấu hình trạm.</translation>
    </message>
    <message>
        <source>The programmer did not finish within %1 s and was stopped. The firmware is NOT flashed: check the programmer connection and try again.</source>
        <translation>Bộ nạp không hoàn tất trong vòng %1 giây và đã bị dừng. Firmware CHƯA được nạp: hãy kiểm tra kết nối bộ nạp và thử lại.</translation>
    </message>
    <message>
        <source>Flashing was cancelled. The firmware is NOT flashed.</source>
        <translation>Đã hủy việc nạp. Firmware CHƯA được nạp.</translation>
    </message>
    <message>
        <source>The programmer reported an error (exit code %1). The firmware is NOT flashed: see the programmer log.</source>
        <translation>Bộ nạp báo lỗi (mã thoát %1). Firmware CHƯA được nạp: xem nhật ký của bộ nạp.</translation>
    </message>
    <message>
        <source>The %1 command of the programmer has no program. Ask a supervisor to check the product profile.</source>
        <translation>Lệnh %1 của bộ nạp không có chương trình. Hãy nhờ trưởng ca kiểm tra hồ sơ sản phẩm.</translation>
    </message>
    <message>
        <source>The programmer&apos;s %1 command uses the unknown placeholder {%2}. Ask a supervisor to check the product profile.</source>
        <translation>Lệnh %1 của bộ nạp dùng phần giữ chỗ không xác định {%2}. Hãy nhờ trưởng ca kiểm tra hồ sơ sản phẩm.</translation>
    </message>
    <message>
        <source>The read-back after flashing failed (exit code %1). The firmware is NOT confirmed: see the programmer log.</source>
        <translation>Việc đọc lại sau khi nạp thất bại (mã thoát %1). Firmware CHƯA được xác nhận: xem nhật ký của bộ nạp.</translation>
    </message>
    <message>
        <source>The read-back command wrote no data. The firmware is NOT confirmed: see the programmer log.</source>
        <translation>Lệnh đọc lại không ghi ra dữ liệu nào. Firmware CHƯA được xác nhận: xem nhật ký của bộ nạp.</translation>
    </message>
    <message>
        <source>The device does not hold the image that was flashed (read-back differs). The firmware is NOT flashed: try again, then set the device aside.</source>
        <translation>Thiết bị không chứa ảnh firmware đã nạp (dữ liệu đọc lại khác). Firmware CHƯA được nạp: hãy thử lại, sau đó để riêng thiết bị.</translation>
    </message>
</context>
<context>
    <name>CredentialActivation</name>
    <message>
        <source>No endorsement key is persisted at 0x81010001: DPS attestation would fail. Send the device back to the EK step.</source>
        <translation>Không có khóa endorsement nào được lưu cố định tại 0x81010001: chứng thực DPS sẽ thất bại. Hãy trả thiết bị về bước EK.</translation>
    </message>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: DPS attestation would fail. Send the device back to the ownership step.</source>
        <translation>Không có khóa gốc lưu trữ (SRK) nào được lưu cố định tại 0x81000001: chứng thực DPS sẽ thất bại. Hãy trả thiết bị về bước quyền sở hữu.</translation>
    </message>
    <message>
        <source>The endorsement authorization of this TPM is set: DPS would fail, because the device proves its EK with an empty endorsement password. Send the device to rework.</source>
        <translation>Ủy quyền endorsement của TPM này đã được đặt: DPS sẽ thất bại, vì thiết bị chứng minh EK của nó bằng mật khẩu endorsement trống. Hãy chuyển thiết bị đi làm lại.</translation>
    </message>
    <message>
        <source>The TPM could not activate the credential: it was made for another EK (or another SRK) than this TPM holds. Check that the device in the socket is the one recorded.</source>
        <translation>TPM không thể kích hoạt thông tin xác thực: nó được tạo cho một EK (hoặc SRK) khác với EK mà TPM này đang giữ. Hãy kiểm tra xem thiết bị ở vị trí thử có đúng là thiết bị đã được ghi nhận không.</translation>
    </message>
    <message>
        <source>The TPM refused to import the DPS key: it was not wrapped for this TPM&apos;s SRK. Send the device back to the ownership step.</source>
        <translation>TPM từ chối nhập khóa DPS: khóa không được bọc cho SRK của TPM này. Hãy trả thiết bị về bước quyền sở hữu.</translation>
    </message>
    <message>
        <source>The TPM refused the owner authorization needed to store the DPS key. Check the ownership record of this device.</source>
        <translation>TPM từ chối ủy quyền chủ sở hữu cần thiết để lưu khóa DPS. Hãy kiểm tra bản ghi quyền sở hữu của thiết bị này.</translation>
    </message>
</context>
<context>
    <name>CredentialConfig</name>
    <message>
        <source>credentials.slot is missing: the mode %1 needs a Limpet slot (0 to 9).</source>
        <translation>thiếu credentials.slot: chế độ %1 cần một khe Limpet (0 đến 9).</translation>
    </message>
    <message>
        <source>credentials.slot must be a whole number from 0 to 9.</source>
        <translation>credentials.slot phải là số nguyên từ 0 đến 9.</translation>
    </message>
    <message>
        <source>credentials.hubHostName is missing: the IoT Hub the devices connect to.</source>
        <translation>thiếu credentials.hubHostName: IoT Hub mà các thiết bị kết nối tới.</translation>
    </message>
    <message>
        <source>credentials.hubHostName: %1</source>
        <translation>credentials.hubHostName: %1</translation>
    </message>
    <message>
        <source>credentials.deviceIdPattern must contain {serial} or {registrationId}, so that every device gets its own IoT Hub device ID.</source>
        <translation>credentials.deviceIdPattern phải chứa {serial} hoặc {registrationId}, để mỗi thiết bị có ID thiết bị IoT Hub riêng.</translation>
    </message>
    <message>
        <source>credentials.cloudCertificate is missing: exports that carry device keys are encrypted to the cloud engineer&apos;s certificate only.</source>
        <translation>thiếu credentials.cloudCertificate: các bản xuất chứa khóa thiết bị chỉ được mã hóa cho chứng chỉ của kỹ sư đám mây.</translation>
    </message>
    <message>
        <source>credentials.cloudCertificate %1 is not a usable certificate: %2</source>
        <translation>credentials.cloudCertificate %1 không phải là chứng chỉ dùng được: %2</translation>
    </message>
    <message>
        <source>credentials.mode &quot;%1&quot; is not known: use dps-tpm, iothub-symmetric-slot or dps-symmetric-group.</source>
        <translation>credentials.mode &quot;%1&quot; không xác định: hãy dùng dps-tpm, iothub-symmetric-slot hoặc dps-symmetric-group.</translation>
    </message>
    <message>
        <source>The product profile sets the owner authorization (ownership.setOwnerAuth), but the credential mode %1 keeps the device&apos;s key in a Limpet slot, and Limpet manages its slots through the owner hierarchy with an empty password. Leave setOwnerAuth false.</source>
        <translation>Hồ sơ sản phẩm đặt ủy quyền chủ sở hữu (ownership.setOwnerAuth), nhưng chế độ thông tin xác thực %1 giữ khóa của thiết bị trong một khe Limpet, và Limpet quản lý các khe của mình qua phân cấp chủ sở hữu với mật khẩu trống. Hãy để setOwnerAuth là false.</translation>
    </message>
</context>
<context>
    <name>DashboardCommand</name>
    <message>
        <source>First-pass yield per step:</source>
        <translation>Tỷ lệ đạt lần đầu theo bước:</translation>
    </message>
    <message>
        <source>  step %1: %2 of %3 passed (%4 %)</source>
        <translation>  bước %1: %2 trên %3 đạt (%4 %)</translation>
    </message>
    <message>
        <source>Completed devices per station and hour (UTC):</source>
        <translation>Thiết bị hoàn tất theo trạm và giờ (UTC):</translation>
    </message>
    <message>
        <source>Failure causes:</source>
        <translation>Nguyên nhân lỗi:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  không có</translation>
    </message>
    <message>
        <source>The factory dashboard from the factory database: first-pass yield per step, completed devices per station and hour, failure causes.</source>
        <translation>Bảng điều khiển nhà máy từ cơ sở dữ liệu nhà máy: tỷ lệ đạt lần đầu theo bước, thiết bị hoàn tất theo trạm và giờ, nguyên nhân lỗi.</translation>
    </message>
    <message>
        <source>Only these stations (comma-separated station IDs).</source>
        <translation>Chỉ những trạm này (ID trạm, phân cách bằng dấu phẩy).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra máy đọc được.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli dashboard --central URL [--stations ID,ID] [--json]</source>
        <translation>Cách dùng: tpm-station-cli dashboard --central URL [--stations ID,ID] [--json]</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không thể mở %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a station database (not an SQLite file). It was not changed.</source>
        <translation>%1 không phải là cơ sở dữ liệu của trạm (không phải tệp SQLite). Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a station database (%2). It was not changed.</source>
        <translation>Không thể đọc %1 như một cơ sở dữ liệu của trạm (%2). Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a station database. It was not changed.</source>
        <translation>%1 là cơ sở dữ liệu SQLite của một ứng dụng khác, không phải cơ sở dữ liệu của trạm. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the station (schema %2; this version understands up to %3). Update the station software. The file was not changed.</source>
        <translation>%1 được ghi bởi một phiên bản trạm mới hơn (lược đồ %2; phiên bản này chỉ hiểu đến %3). Hãy cập nhật phần mềm trạm. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). It was not changed; restore it from a backup.</source>
        <translation>%1 bị hỏng (kiểm tra toàn vẹn: %2). Tệp không bị thay đổi; hãy khôi phục nó từ bản sao lưu.</translation>
    </message>
    <message>
        <source>No database path given.</source>
        <translation>Chưa chỉ định đường dẫn cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>There is no station database at %1.</source>
        <translation>Không có cơ sở dữ liệu của trạm tại %1.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>Không thể chuyển %1 sang chế độ ghi nhật ký trước (write-ahead logging).</translation>
    </message>
    <message>
        <source>%1 has no station identity.</source>
        <translation>%1 không có danh tính trạm.</translation>
    </message>
</context>
<context>
    <name>DeliveryList</name>
    <message>
        <source>the EK certificate and the EK_pub of this row are different keys</source>
        <translation>chứng chỉ EK và EK_pub của dòng này là hai khóa khác nhau</translation>
    </message>
    <message>
        <source>no EK value in this row</source>
        <translation>dòng này không có giá trị EK</translation>
    </message>
    <message>
        <source>the same EK as row %1 (a duplicate EK inside the lot)</source>
        <translation>cùng EK với dòng %1 (một EK bị trùng trong lot)</translation>
    </message>
    <message numerus="yes">
        <source>The delivery list has %n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>Danh sách giao hàng có %n dòng lỗi; không có gì được nhập.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery list holds no EK.</source>
        <translation>Danh sách giao hàng không chứa EK nào.</translation>
    </message>
    <message>
        <source>The delivery list is not valid JSON: %1 (at byte %2).</source>
        <translation>Danh sách giao hàng không phải JSON hợp lệ: %1 (tại byte %2).</translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation>  dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>DeviceClient</name>
    <message>
        <source>device.authKeyIndex must be a whole number from 2 to 8388607 (an offset from 0x81000000; the Identity Service&apos;s default is 256).</source>
        <translation>device.authKeyIndex phải là số nguyên từ 2 đến 8388607 (độ lệch tính từ 0x81000000; mặc định của Identity Service là 256).</translation>
    </message>
    <message>
        <source>device.hierarchyAuthorization must be true or false.</source>
        <translation>device.hierarchyAuthorization phải là true hoặc false.</translation>
    </message>
    <message>
        <source>device.hierarchyAuthorization is true but device.ownerAuthDelivery does not say how the device receives the owner authorization ([tpm.hierarchy_authorization] owner in the Identity Service&apos;s config): the station cannot claim the device will provision.</source>
        <translation>device.hierarchyAuthorization là true nhưng device.ownerAuthDelivery không cho biết thiết bị nhận ủy quyền chủ sở hữu bằng cách nào ([tpm.hierarchy_authorization] owner trong cấu hình của Identity Service): trạm không thể khẳng định thiết bị sẽ được cấp phát.</translation>
    </message>
    <message>
        <source>Unknown device setting &quot;%1&quot;.</source>
        <translation>Cài đặt thiết bị không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown device client &quot;%1&quot; (device.client): use one of %2.</source>
        <translation>Client thiết bị không xác định &quot;%1&quot; (device.client): hãy dùng một trong %2.</translation>
    </message>
    <message>
        <source>%1 has no configurable key index or hierarchy authorization: device.authKeyIndex, device.hierarchyAuthorization and device.ownerAuthDelivery apply to aziot-identity-service only.</source>
        <translation>%1 không có chỉ số khóa hay ủy quyền phân cấp nào có thể cấu hình: device.authKeyIndex, device.hierarchyAuthorization và device.ownerAuthDelivery chỉ áp dụng cho aziot-identity-service.</translation>
    </message>
    <message>
        <source>%1: %2 with empty owner authorization is refused — owner authorization is set</source>
        <translation>%1: %2 với ủy quyền chủ sở hữu trống bị từ chối — ủy quyền chủ sở hữu đã được đặt</translation>
    </message>
    <message>
        <source>%1: %2 with empty endorsement authorization is refused — endorsement authorization is set</source>
        <translation>%1: %2 với ủy quyền endorsement trống bị từ chối — ủy quyền endorsement đã được đặt</translation>
    </message>
    <message>
        <source>Rework: clear the TPM with the escrowed lockout authorization, order the rework from the ownership step, then run the line again.</source>
        <translation>Làm lại: xóa TPM bằng ủy quyền lockout đã lưu ký, yêu cầu làm lại từ bước nhận quyền sở hữu, rồi chạy lại dây chuyền.</translation>
    </message>
</context>
<context>
    <name>DpsBatchExporter</name>
    <message>
        <source>dps.allocationPolicy must be one of hashed, geoLatency, static, custom (not &apos;%1&apos;).</source>
        <translation>dps.allocationPolicy phải là một trong hashed, geoLatency, static, custom (không phải &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>dps.provisioningStatus must be enabled or disabled (not &apos;%1&apos;).</source>
        <translation>dps.provisioningStatus phải là enabled hoặc disabled (không phải &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>dps.deviceId must contain {serial} or {registrationId}.</source>
        <translation>dps.deviceId phải chứa {serial} hoặc {registrationId}.</translation>
    </message>
    <message>
        <source>Simulated devices are never exported from a production profile.</source>
        <translation>Thiết bị mô phỏng không bao giờ được xuất từ hồ sơ sản xuất.</translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation>Chưa chỉ định thư mục đầu ra.</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>Thư mục đầu ra %1 không trống.</translation>
    </message>
    <message>
        <source>A batch name is one line of at most 128 characters.</source>
        <translation>Tên lô là một dòng dài tối đa 128 ký tự.</translation>
    </message>
    <message>
        <source>No device that passed QA is waiting for a batch.</source>
        <translation>Không có thiết bị nào đã đạt QA đang chờ vào lô.</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out: simulated devices go into a batch only with --allow-simulated on a non-production profile.</source>
        <translation>
            <numerusform>Đã bỏ qua %n thiết bị mô phỏng: thiết bị mô phỏng chỉ được đưa vào lô khi dùng --allow-simulated với hồ sơ không phải sản xuất.</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices of several products are waiting (%1): choose one with --product.</source>
        <translation>Có thiết bị của nhiều sản phẩm đang chờ (%1): hãy chọn một sản phẩm bằng --product.</translation>
    </message>
    <message>
        <source>no EK recorded by step 2</source>
        <translation>bước 2 không ghi nhận EK nào</translation>
    </message>
    <message numerus="yes">
        <source>No device of the batch can be enrolled in DPS (%n left out).</source>
        <translation>
            <numerusform>Không thiết bị nào của lô có thể đăng ký vào DPS (đã bỏ qua %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EkCertificate</name>
    <message>
        <source>The EK certificate is issued by a trusted TPM manufacturer and matches this TPM.</source>
        <translation>Chứng chỉ EK do một nhà sản xuất TPM tin cậy cấp và khớp với TPM này.</translation>
    </message>
    <message>
        <source>The EK certificate is not issued by a configured TPM manufacturer CA. Set the device aside and ask the line lead to check the product&apos;s manufacturer roots.</source>
        <translation>Chứng chỉ EK không do CA của nhà sản xuất TPM nào đã cấu hình cấp. Hãy để riêng thiết bị và nhờ trưởng chuyền kiểm tra các chứng chỉ gốc của nhà sản xuất cho sản phẩm.</translation>
    </message>
    <message>
        <source>The EK certificate belongs to a different key than this TPM&apos;s EK. Set the device aside for rework: the TPM or its certificate is not genuine or was replaced.</source>
        <translation>Chứng chỉ EK thuộc về một khóa khác với EK của TPM này. Hãy để riêng thiết bị để làm lại: TPM hoặc chứng chỉ của nó không phải hàng chính hãng hoặc đã bị thay thế.</translation>
    </message>
    <message>
        <source>The TPM holds no EK certificate. Set the device aside and ask the line lead: this TPM cannot prove it is genuine.</source>
        <translation>TPM không chứa chứng chỉ EK. Hãy để riêng thiết bị và hỏi trưởng chuyền: TPM này không thể chứng minh là hàng chính hãng.</translation>
    </message>
    <message>
        <source>The EK certificate stored in the TPM is damaged (not a valid X.509 certificate). Set the device aside for rework.</source>
        <translation>Chứng chỉ EK lưu trong TPM bị hỏng (không phải chứng chỉ X.509 hợp lệ). Hãy để riêng thiết bị để làm lại.</translation>
    </message>
    <message>
        <source>The EK certificate or its issuer is outside its validity period. Check the station&apos;s clock; if it is right, set the device aside.</source>
        <translation>Chứng chỉ EK hoặc bên cấp của nó nằm ngoài thời hạn hiệu lực. Hãy kiểm tra đồng hồ của trạm; nếu đồng hồ đúng, hãy để riêng thiết bị.</translation>
    </message>
    <message>
        <source>The EK certificate names another TPM manufacturer than the TPM reports. Set the device aside: the certificate does not belong to this TPM.</source>
        <translation>Chứng chỉ EK ghi một nhà sản xuất TPM khác với nhà sản xuất mà TPM báo cáo. Hãy để riêng thiết bị: chứng chỉ không thuộc về TPM này.</translation>
    </message>
    <message>
        <source>The certificate is not an EK certificate: its key is for signing only (an attestation or signing key&apos;s certificate). Set the device aside and ask the line lead.</source>
        <translation>Chứng chỉ này không phải chứng chỉ EK: khóa của nó chỉ dùng để ký (chứng chỉ của khóa chứng thực hoặc khóa ký). Hãy để riêng thiết bị và hỏi trưởng chuyền.</translation>
    </message>
    <message>
        <source>The EK certificate is issued by a trusted TPM manufacturer (checked offline, without the TPM).</source>
        <translation>Chứng chỉ EK do một nhà sản xuất TPM tin cậy cấp (kiểm tra ngoại tuyến, không cần TPM).</translation>
    </message>
    <message>
        <source>The EK certificate names the TPM manufacturer %1, not %2 as expected.</source>
        <translation>Chứng chỉ EK ghi nhà sản xuất TPM là %1, không phải %2 như mong đợi.</translation>
    </message>
    <message>
        <source>The EK certificate names the TPM manufacturer %1, but this TPM reports %2. Set the device aside: the certificate does not belong to this TPM.</source>
        <translation>Chứng chỉ EK ghi nhà sản xuất TPM là %1, nhưng TPM này báo cáo %2. Hãy để riêng thiết bị: chứng chỉ không thuộc về TPM này.</translation>
    </message>
</context>
<context>
    <name>EkCommand</name>
    <message>
        <source>Create the TPM&apos;s Endorsement Key from the TCG template, read and verify its certificate, and print the DPS registration ID and endorsementKey.</source>
        <translation>Tạo Endorsement Key của TPM từ mẫu TCG, đọc và xác minh chứng chỉ của nó, rồi in ID đăng ký DPS và endorsementKey.</translation>
    </message>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI).</source>
        <translation>TCTI (mặc định: TPM2TOOLS_TCTI).</translation>
    </message>
    <message>
        <source>EK template: rsa2048 (L-1, default), ecc256 (L-2), h1-rsa2048, h3-ecc384.</source>
        <translation>Mẫu EK: rsa2048 (L-1, mặc định), ecc256 (L-2), h1-rsa2048, h3-ecc384.</translation>
    </message>
    <message>
        <source>Write the EK as TPM2B_PUBLIC to FILE.</source>
        <translation>Ghi EK dưới dạng TPM2B_PUBLIC vào TỆP.</translation>
    </message>
    <message>
        <source>Write the EK public key as PEM to FILE.</source>
        <translation>Ghi khóa công khai của EK dưới dạng PEM vào TỆP.</translation>
    </message>
    <message>
        <source>Write the EK certificate (DER) to FILE.</source>
        <translation>Ghi chứng chỉ EK (DER) vào TỆP.</translation>
    </message>
    <message>
        <source>Directory of trusted TPM manufacturer roots and intermediates.</source>
        <translation>Thư mục chứa chứng chỉ gốc và trung gian tin cậy của các nhà sản xuất TPM.</translation>
    </message>
    <message>
        <source>Always create the EK from the template, even when the persisted EK is the certificate&apos;s key.</source>
        <translation>Luôn tạo EK từ mẫu, kể cả khi EK đã lưu cố định chính là khóa của chứng chỉ.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>Unknown EK algorithm &apos;%1&apos; (use rsa2048, ecc256, h1-rsa2048 or h3-ecc384).</source>
        <translation>Thuật toán EK không xác định &apos;%1&apos; (hãy dùng rsa2048, ecc256, h1-rsa2048 hoặc h3-ecc384).</translation>
    </message>
    <message>
        <source>No certificates found in &apos;%1&apos;.</source>
        <translation>Không tìm thấy chứng chỉ nào trong &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>Không thể ghi &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot convert the EK to PEM: %1</source>
        <translation>Không thể chuyển EK sang PEM: %1</translation>
    </message>
    <message>
        <source>The TPM holds no readable EK certificate to write.</source>
        <translation>TPM không chứa chứng chỉ EK nào đọc được để ghi.</translation>
    </message>
    <message>
        <source>EK</source>
        <translation>EK</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>ID đăng ký</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Chứng chỉ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Persisted EK</source>
        <translation>EK đã lưu cố định</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>khớp</translation>
    </message>
    <message>
        <source>DIFFERS from the certificate-matching EK</source>
        <translation>KHÁC với EK khớp chứng chỉ</translation>
    </message>
    <message>
        <source>DPS ready</source>
        <translation>Sẵn sàng cho DPS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>không: %1</translation>
    </message>
    <message>
        <source>endorsementKey</source>
        <translation>endorsementKey</translation>
    </message>
    <message>
        <source>Print the DPS registration ID of an EK given as a binary TPM2B_PUBLIC or its base64 text.</source>
        <translation>In ID đăng ký DPS của một EK được cho dưới dạng TPM2B_PUBLIC nhị phân hoặc văn bản base64 của nó.</translation>
    </message>
    <message>
        <source>EK file (&apos;-&apos; for standard input).</source>
        <translation>Tệp EK (&apos;-&apos; cho đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek regid FILE</source>
        <translation>Cách dùng: tpm-station-cli ek regid TỆP</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Không thể đọc &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek show [--tcti T] [--alg ALG] [--out-pub FILE] [--out-pem FILE] [--out-cert FILE] [--roots DIR] [--create] [--json]
       tpm-station-cli ek verify FILE… [--roots DIR | --profile FILE] [--db PATH] [--tpm-manufacturer ID] [--at TIME] [--json]
       tpm-station-cli ek regid FILE
       tpm-station-cli ek roots list|import|remove --db PATH …</source>
        <translation>Cách dùng: tpm-station-cli ek show [--tcti T] [--alg ALG] [--out-pub TỆP] [--out-pem TỆP] [--out-cert TỆP] [--roots THƯ_MỤC] [--create] [--json]
           tpm-station-cli ek verify TỆP… [--roots THƯ_MỤC | --profile TỆP] [--db ĐƯỜNG_DẪN] [--tpm-manufacturer ID] [--at THỜI_GIAN] [--json]
           tpm-station-cli ek regid TỆP
           tpm-station-cli ek roots list|import|remove --db ĐƯỜNG_DẪN …</translation>
    </message>
</context>
<context>
    <name>EkExtractedStation</name>
    <message>
        <source>The EK setting &apos;%1&apos; must be a directory path.</source>
        <translation>Cài đặt EK &apos;%1&apos; phải là đường dẫn thư mục.</translation>
    </message>
    <message>
        <source>The EK setting &apos;%1&apos; names &apos;%2&apos;, which is not a directory.</source>
        <translation>Cài đặt EK &apos;%1&apos; chỉ đến &apos;%2&apos;, đây không phải là thư mục.</translation>
    </message>
    <message>
        <source>Unknown EK algorithm &apos;%1&apos; (use rsa2048, ecc256, h1-rsa2048 or h3-ecc384).</source>
        <translation>Thuật toán EK không xác định &apos;%1&apos; (hãy dùng rsa2048, ecc256, h1-rsa2048 hoặc h3-ecc384).</translation>
    </message>
    <message>
        <source>The EK setting &apos;requireTrusted&apos; must be true or false.</source>
        <translation>Cài đặt EK &apos;requireTrusted&apos; phải là true hoặc false.</translation>
    </message>
    <message>
        <source>The EK setting &apos;reusePersisted&apos; must be true or false.</source>
        <translation>Cài đặt EK &apos;reusePersisted&apos; phải là true hoặc false.</translation>
    </message>
    <message>
        <source>A production profile always requires a trusted EK certificate: remove &apos;requireTrusted: false&apos;.</source>
        <translation>Hồ sơ sản xuất luôn yêu cầu chứng chỉ EK tin cậy: hãy xóa &apos;requireTrusted: false&apos;.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>The EK persisted at 0x%1 is not the certificate-matching EK (created from a wrong template). The ownership step replaces it; the certificate-matching EK is recorded.</source>
        <translation>EK lưu cố định tại 0x%1 không phải là EK khớp chứng chỉ (được tạo từ mẫu sai). Bước quyền sở hữu sẽ thay thế nó; EK khớp chứng chỉ được ghi nhận.</translation>
    </message>
    <message>
        <source>The station&apos;s records could not be read.</source>
        <translation>Không đọc được các bản ghi của trạm.</translation>
    </message>
    <message>
        <source>This TPM was already provisioned as device %1: the same EK cannot belong to two serials. Set the device aside and call the line lead.</source>
        <translation>TPM này đã được cấp phát làm thiết bị %1: cùng một EK không thể thuộc về hai số sê-ri. Hãy để riêng thiết bị và gọi trưởng chuyền.</translation>
    </message>
    <message>
        <source>A production profile needs the TPM manufacturers&apos; CA certificates: an admin imports them into the station&apos;s trust store (Settings, or tpm-station-cli ek roots import), or the profile sets &apos;rootsDir&apos;.</source>
        <translation>Hồ sơ sản xuất cần các chứng chỉ CA của nhà sản xuất TPM: quản trị viên nhập chúng vào trust store của trạm (Cài đặt, hoặc tpm-station-cli ek roots import), hoặc hồ sơ đặt &apos;rootsDir&apos;.</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: no lot %1 was imported. Ask the line lead to import the TPM vendor&apos;s delivery list.</source>
        <translation>EK không có trong danh sách giao hàng của lot %1: chưa có lot %1 nào được nhập. Hãy nhờ trưởng chuyền nhập danh sách giao hàng của nhà cung cấp TPM.</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: this TPM is on no imported delivery list. Set the device aside and call the line lead.</source>
        <translation>EK không có trong danh sách giao hàng của lot %1: TPM này không có trong danh sách giao hàng nào đã nhập. Hãy để riêng thiết bị và gọi trưởng chuyền.</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1: this TPM belongs to lot %2 (row %3). Set the device aside and call the line lead.</source>
        <translation>EK không có trong danh sách giao hàng của lot %1: TPM này thuộc lot %2 (dòng %3). Hãy để riêng thiết bị và gọi trưởng chuyền.</translation>
    </message>
    <message>
        <source>EK not on the delivery list of lot %1 as an unused TPM: row %2 was already used by device %3. Set the device aside and call the line lead.</source>
        <translation>EK không có trong danh sách giao hàng của lot %1 dưới dạng TPM chưa dùng: dòng %2 đã được thiết bị %3 sử dụng. Hãy để riêng thiết bị và gọi trưởng chuyền.</translation>
    </message>
    <message>
        <source>The EK setting &apos;lot&apos; must be a lot number.</source>
        <translation>Cài đặt EK &apos;lot&apos; phải là một số lot.</translation>
    </message>
    <message>
        <source>The lot entry of this TPM could not be marked as used.</source>
        <translation>Không thể đánh dấu mục lot của TPM này là đã dùng.</translation>
    </message>
    <message>
        <source>The factory database already has this TPM as device %1 on station %2: the same EK cannot belong to two serials. Set the device aside and call the line lead.</source>
        <translation>Cơ sở dữ liệu nhà máy đã có TPM này là thiết bị %1 tại trạm %2: cùng một EK không thể thuộc về hai số sê-ri. Hãy để thiết bị sang một bên và gọi trưởng dây chuyền.</translation>
    </message>
</context>
<context>
    <name>EkPublicValue</name>
    <message>
        <source>the EK value is empty</source>
        <translation>giá trị EK trống</translation>
    </message>
    <message>
        <source>not an EK certificate, public key, TPM2B_PUBLIC or RSA-2048 modulus (PEM, base64 or hex expected)</source>
        <translation>không phải chứng chỉ EK, khóa công khai, TPM2B_PUBLIC hay modulus RSA-2048 (cần PEM, base64 hoặc hex)</translation>
    </message>
</context>
<context>
    <name>EkRootsCommand</name>
    <message>
        <source>UNKNOWN — not in the manifest of known TPM vendor CAs</source>
        <translation>KHÔNG XÁC ĐỊNH — không có trong bản kê khai các CA đã biết của nhà cung cấp TPM</translation>
    </message>
    <message>
        <source>The station&apos;s TPM manufacturer trust store.</source>
        <translation>Trust store nhà sản xuất TPM của trạm.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Cơ sở dữ liệu của trạm.</translation>
    </message>
    <message>
        <source>The admin signing the change (password from STATION_PASSWORD or stdin).</source>
        <translation>Quản trị viên ký thay đổi (mật khẩu lấy từ STATION_PASSWORD hoặc stdin).</translation>
    </message>
    <message>
        <source>Why (signed and audited).</source>
        <translation>Lý do (được ký và kiểm toán).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>CA files: PEM, DER or PKCS#7.</source>
        <translation>Tệp CA: PEM, DER hoặc PKCS#7.</translation>
    </message>
    <message>
        <source>The CA&apos;s SHA-256 fingerprint.</source>
        <translation>Dấu vân tay SHA-256 của CA.</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>Cần có --db ĐƯỜNG_DẪN.</translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) in the trust store.</source>
        <translation>
            <numerusform>%n chứng chỉ CA trong trust store.</numerusform>
        </translation>
    </message>
    <message>
        <source>--reason TEXT is required: it is signed and audited.</source>
        <translation>Cần có --reason VĂN_BẢN: lý do được ký và kiểm toán.</translation>
    </message>
    <message>
        <source>Give at least one CA file.</source>
        <translation>Hãy chỉ định ít nhất một tệp CA.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Không thể đọc &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) imported</source>
        <translation>
            <numerusform>Đã nhập %n chứng chỉ CA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the trust store.</source>
        <translation>
            <numerusform>%n đã có trong trust store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name one CA by its SHA-256 fingerprint.</source>
        <translation>Hãy chỉ định một CA bằng dấu vân tay SHA-256 của nó.</translation>
    </message>
    <message>
        <source>Removed from the trust store: %1</source>
        <translation>Đã xóa khỏi trust store: %1</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ek roots list --db PATH [--json]
       tpm-station-cli ek roots import FILE… --db PATH --as ID --reason TEXT [--json]
       tpm-station-cli ek roots remove SHA256 --db PATH --as ID --reason TEXT [--json]</source>
        <translation>Cách dùng: tpm-station-cli ek roots list --db ĐƯỜNG_DẪN [--json]
           tpm-station-cli ek roots import TỆP… --db ĐƯỜNG_DẪN --as ID --reason VĂN_BẢN [--json]
           tpm-station-cli ek roots remove SHA256 --db ĐƯỜNG_DẪN --as ID --reason VĂN_BẢN [--json]</translation>
    </message>
</context>
<context>
    <name>EkVerifyCommand</name>
    <message>
        <source>The product profile %1 is refused: %2</source>
        <translation>Hồ sơ sản phẩm %1 bị từ chối: %2</translation>
    </message>
    <message>
        <source>The EK is %1: Azure DPS TPM attestation accepts RSA-2048 EKs only.</source>
        <translation>EK là %1: chứng thực TPM của Azure DPS chỉ chấp nhận EK RSA-2048.</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Chủ thể</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Bên cấp</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>%1 (%2), model %3, version %4</source>
        <translation>%1 (%2), mẫu %3, phiên bản %4</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>%1 (RSAES-OAEP identifier)</source>
        <translation>%1 (định danh RSAES-OAEP)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chuỗi</translation>
    </message>
    <message>
        <source>%1 — NOT in the manifest of known TPM vendor CAs</source>
        <translation>%1 — KHÔNG có trong bản kê khai các CA đã biết của nhà cung cấp TPM</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <source>NV header or padding cut at the DER length</source>
        <translation>Phần đầu NV hoặc phần đệm bị cắt tại độ dài DER</translation>
    </message>
    <message>
        <source>DPS ready</source>
        <translation>Sẵn sàng cho DPS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>không: %1</translation>
    </message>
    <message>
        <source>No certificates found in &apos;%1&apos;.</source>
        <translation>Không tìm thấy chứng chỉ nào trong &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Verify EK certificates given as files (DER, PEM or raw NV dumps) offline, as step 2 judges them.</source>
        <translation>Xác minh ngoại tuyến các chứng chỉ EK được cho dưới dạng tệp (DER, PEM hoặc bản kết xuất NV thô), theo cách bước 2 đánh giá chúng.</translation>
    </message>
    <message>
        <source>Directory of TPM manufacturer CA files (subdirectories included).</source>
        <translation>Thư mục chứa các tệp CA của nhà sản xuất TPM (kể cả thư mục con).</translation>
    </message>
    <message>
        <source>Compare the certificates&apos; TPM manufacturer with ID (e.g. NTC, IFX).</source>
        <translation>So sánh nhà sản xuất TPM của các chứng chỉ với ID (ví dụ NTC, IFX).</translation>
    </message>
    <message>
        <source>Verification time (ISO 8601, UTC; default: now).</source>
        <translation>Thời điểm xác minh (ISO 8601, UTC; mặc định: bây giờ).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>Give at least one certificate file.</source>
        <translation>Hãy cung cấp ít nhất một tệp chứng chỉ.</translation>
    </message>
    <message>
        <source>Give --roots or --profile, not both.</source>
        <translation>Hãy dùng --roots hoặc --profile, không dùng cả hai.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 time (e.g. 2026-01-31T12:00:00Z).</source>
        <translation>&apos;%1&apos; không phải thời gian ISO 8601 (ví dụ 2026-01-31T12:00:00Z).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Không thể đọc &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>EK certificate files (one or more).</source>
        <translation>Các tệp chứng chỉ EK (một hoặc nhiều).</translation>
    </message>
    <message>
        <source>The station&apos;s trust store in %1 holds no CA certificate: an admin imports the TPM vendors&apos; CA files with &apos;tpm-station-cli ek roots import&apos;.</source>
        <translation>Trust store của trạm trong %1 không chứa chứng chỉ CA nào: quản trị viên nhập các tệp CA của nhà cung cấp TPM bằng &apos;tpm-station-cli ek roots import&apos;.</translation>
    </message>
    <message>
        <source>No roots given (--roots DIR, --db PATH or --profile FILE): no certificate can be trusted.</source>
        <translation>Chưa chỉ định chứng chỉ gốc (--roots THƯ_MỤC, --db ĐƯỜNG_DẪN hoặc --profile TỆP): không chứng chỉ nào có thể được tin cậy.</translation>
    </message>
    <message>
        <source>Take the roots from this product profile&apos;s ek.rootsDir (none: the trust store of --db).</source>
        <translation>Lấy chứng chỉ gốc từ ek.rootsDir của hồ sơ sản phẩm này (nếu không có: trust store của --db).</translation>
    </message>
    <message>
        <source>Station database: verify against its TPM manufacturer trust store.</source>
        <translation>Cơ sở dữ liệu của trạm: xác minh theo trust store nhà sản xuất TPM của nó.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>All steps passed.</source>
        <translation>Tất cả các bước đã đạt.</translation>
    </message>
    <message>
        <source>All steps have passed already.</source>
        <translation>Tất cả các bước đều đã đạt trước đó.</translation>
    </message>
    <message>
        <source>%1 failed %2 times: the device needs rework, ordered by a supervisor.</source>
        <translation>%1 thất bại %2 lần: thiết bị cần làm lại, theo yêu cầu của trưởng ca.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>The TPM in the socket is not the one this device had (%1 differs). Check the device.</source>
        <translation>TPM ở vị trí thử không phải là TPM mà thiết bị này từng có (%1 khác). Hãy kiểm tra thiết bị.</translation>
    </message>
    <message>
        <source>The re-check could not be recorded; nothing was changed.</source>
        <translation>Không thể ghi nhận lần kiểm tra lại; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The re-check of the TPM failed.</source>
        <translation>Kiểm tra lại TPM thất bại.</translation>
    </message>
    <message>
        <source>%1 cannot run before %2 has passed.</source>
        <translation>%1 không thể chạy trước khi %2 đạt.</translation>
    </message>
    <message>
        <source>The result of %1 could not be recorded; it is not counted as done.</source>
        <translation>Không thể ghi nhận kết quả của %1; bước này không được tính là đã xong.</translation>
    </message>
    <message>
        <source>A measurement is out of limits.</source>
        <translation>Một giá trị đo nằm ngoài giới hạn.</translation>
    </message>
    <message>
        <source>%1 failed: %2
Try again?</source>
        <translation>%1 thất bại: %2
Thử lại?</translation>
    </message>
    <message>
        <source>Not every step has passed.</source>
        <translation>Chưa phải mọi bước đều đạt.</translation>
    </message>
    <message>
        <source>The simulated timing model of %1 cannot be used (%2). Recreate the simulated fleet.</source>
        <translation>Không thể dùng mô hình thời gian mô phỏng của %1 (%2). Hãy tạo lại dàn TPM mô phỏng.</translation>
    </message>
</context>
<context>
    <name>EscrowCommand</name>
    <message>
        <source>Usage: tpm-station-cli escrow open --key OWNER_KEY (--db PATH | --store DIR) --serial S [--json]</source>
        <translation>Cách dùng: tpm-station-cli escrow open --key KHÓA_CHỦ_SỞ_HỮU (--db ĐƯỜNG_DẪN | --store THƯ_MỤC) --serial S [--json]</translation>
    </message>
    <message>
        <source>Open a device&apos;s escrowed TPM authorizations with the owner&apos;s private key.</source>
        <translation>Mở các ủy quyền TPM đã lưu ký của một thiết bị bằng khóa riêng của chủ sở hữu.</translation>
    </message>
    <message>
        <source>The owner&apos;s private key (PEM or DER).</source>
        <translation>Khóa riêng của chủ sở hữu (PEM hoặc DER).</translation>
    </message>
    <message>
        <source>Device serial number.</source>
        <translation>Số sê-ri của thiết bị.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>  (pending: written ahead, not confirmed on the TPM)</source>
        <translation>  (đang chờ: đã ghi trước, chưa được xác nhận trên TPM)</translation>
    </message>
</context>
<context>
    <name>EscrowPin</name>
    <message>
        <source>The customer CA file %1 cannot be read.</source>
        <translation>Không thể đọc tệp CA của khách hàng %1.</translation>
    </message>
    <message>
        <source>The customer CA file %1 holds no certificate.</source>
        <translation>Tệp CA của khách hàng %1 không chứa chứng chỉ nào.</translation>
    </message>
    <message>
        <source>OpenSSL cannot verify the escrow certificate&apos;s chain.</source>
        <translation>OpenSSL không thể xác minh chuỗi của chứng chỉ lưu ký.</translation>
    </message>
    <message>
        <source>The escrow certificate does not chain to the customer CA %1: %2.</source>
        <translation>Chứng chỉ lưu ký không nối chuỗi đến CA của khách hàng %1: %2.</translation>
    </message>
    <message>
        <source>A production profile must pin its escrow certificate (ownership.escrowCertificateSha256); the certificate&apos;s SHA-256 is %1.</source>
        <translation>Hồ sơ sản xuất phải ghim chứng chỉ lưu ký của nó (ownership.escrowCertificateSha256); SHA-256 của chứng chỉ là %1.</translation>
    </message>
    <message>
        <source>The escrow certificate is not the one the profile pins: the profile pins SHA-256 %1, the certificate %2 has %3. Nothing was written to the TPM.</source>
        <translation>Chứng chỉ lưu ký không phải chứng chỉ mà hồ sơ đã ghim: hồ sơ ghim SHA-256 %1, chứng chỉ %2 có %3. Không có gì được ghi vào TPM.</translation>
    </message>
</context>
<context>
    <name>EscrowPinService</name>
    <message>
        <source>The product profile %1 cannot be read.</source>
        <translation>Không thể đọc hồ sơ sản phẩm %1.</translation>
    </message>
    <message>
        <source>The product profile %1 names no escrow certificate (ownership.escrowCertificate).</source>
        <translation>Hồ sơ sản phẩm %1 không chỉ định chứng chỉ lưu ký nào (ownership.escrowCertificate).</translation>
    </message>
    <message>
        <source>Changing the escrow certificate pin needs a reason.</source>
        <translation>Thay đổi ghim chứng chỉ lưu ký cần có lý do.</translation>
    </message>
    <message>
        <source>The product profile %1 cannot be written.</source>
        <translation>Không thể ghi hồ sơ sản phẩm %1.</translation>
    </message>
</context>
<context>
    <name>EscrowRecovery</name>
    <message>
        <source>No escrow record for serial %1.</source>
        <translation>Không có bản ghi lưu ký cho số sê-ri %1.</translation>
    </message>
    <message>
        <source>Escrow record %1: %2</source>
        <translation>Bản ghi lưu ký %1: %2</translation>
    </message>
    <message>
        <source>Escrow record %1 does not open with this key (wrong owner key, or a damaged record: %2).</source>
        <translation>Bản ghi lưu ký %1 không mở được bằng khóa này (sai khóa của chủ sở hữu, hoặc bản ghi bị hỏng: %2).</translation>
    </message>
    <message>
        <source>Escrow record %1 lacks the %2 value it claims.</source>
        <translation>Bản ghi lưu ký %1 thiếu giá trị %2 mà nó khai báo.</translation>
    </message>
    <message>
        <source>No escrow record of serial %1 holds a value in use (all abandoned or revoked).</source>
        <translation>Không có bản ghi lưu ký nào của số sê-ri %1 chứa giá trị đang dùng (tất cả đã bị bỏ hoặc thu hồi).</translation>
    </message>
</context>
<context>
    <name>EscrowStoreChoice</name>
    <message>
        <source>Station database holding the escrow records.</source>
        <translation>Cơ sở dữ liệu của trạm chứa các bản ghi lưu ký.</translation>
    </message>
    <message>
        <source>Escrow store directory (default: %1).</source>
        <translation>Thư mục kho lưu ký (mặc định: %1).</translation>
    </message>
    <message>
        <source>Give either --db PATH or --store DIR, not both.</source>
        <translation>Hãy dùng --db ĐƯỜNG_DẪN hoặc --store THƯ_MỤC, không dùng cả hai.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the devices that passed QA as a signed DPS enrollment batch (bulk JSON, CSV, az script).</source>
        <translation>Xuất các thiết bị đã đạt QA thành một lô đăng ký DPS đã ký (JSON hàng loạt, CSV, script az).</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Cơ sở dữ liệu của trạm.</translation>
    </message>
    <message>
        <source>Output directory (new or empty).</source>
        <translation>Thư mục đầu ra (mới hoặc trống).</translation>
    </message>
    <message>
        <source>Batch name.</source>
        <translation>Tên lô.</translation>
    </message>
    <message>
        <source>Only devices of this product.</source>
        <translation>Chỉ các thiết bị của sản phẩm này.</translation>
    </message>
    <message>
        <source>Product profile JSON (its &quot;dps&quot; section: hub, allocation, ...).</source>
        <translation>JSON hồ sơ sản phẩm (phần &quot;dps&quot; của nó: hub, phân bổ, ...).</translation>
    </message>
    <message>
        <source>Include simulated devices (marked simulated; never on production profiles).</source>
        <translation>Bao gồm thiết bị mô phỏng (được đánh dấu là mô phỏng; không bao giờ với hồ sơ sản xuất).</translation>
    </message>
    <message>
        <source>Include devices already in a batch.</source>
        <translation>Bao gồm các thiết bị đã nằm trong một lô.</translation>
    </message>
    <message>
        <source>The operator exporting (password from STATION_PASSWORD or stdin).</source>
        <translation>Người vận hành thực hiện việc xuất (mật khẩu lấy từ STATION_PASSWORD hoặc stdin).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>--db PATH and --out DIR are required.</source>
        <translation>Cần có --db ĐƯỜNG_DẪN và --out THƯ_MỤC.</translation>
    </message>
    <message>
        <source>Left out %1: %2</source>
        <translation>Đã bỏ qua %1: %2</translation>
    </message>
    <message>
        <source>Manifest signed by the certificate with SHA-256 %1.</source>
        <translation>Bản kê khai được ký bằng chứng chỉ có SHA-256 %1.</translation>
    </message>
    <message>
        <source>Export audit events (by period, device or batch) with the chain verdict, signed.</source>
        <translation>Xuất các sự kiện kiểm toán (theo khoảng thời gian, thiết bị hoặc lô) kèm kết luận về chuỗi, có chữ ký.</translation>
    </message>
    <message>
        <source>Start of the period (ISO 8601, UTC).</source>
        <translation>Thời điểm bắt đầu (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>End of the period (ISO 8601, UTC, inclusive).</source>
        <translation>Thời điểm kết thúc (ISO 8601, UTC, bao gồm).</translation>
    </message>
    <message>
        <source>Only this device.</source>
        <translation>Chỉ thiết bị này.</translation>
    </message>
    <message>
        <source>Only this batch and its devices.</source>
        <translation>Chỉ lô này và các thiết bị của nó.</translation>
    </message>
    <message>
        <source>Comma-separated: csv, json, pdf.</source>
        <translation>Phân tách bằng dấu phẩy: csv, json, pdf.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use csv, json, pdf.</source>
        <translation>Định dạng không xác định &apos;%1&apos;: hãy dùng csv, json, pdf.</translation>
    </message>
    <message>
        <source>Batch %1 (%2): %3 in %4, written to %5.</source>
        <translation>Lô %1 (%2): %3 trong %4, đã ghi vào %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of %1</source>
        <translation>
            <numerusform>%n thiết bị của %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bulk operation(s)</source>
        <translation>
            <numerusform>%n thao tác hàng loạt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out (see --allow-simulated).</source>
        <translation>
            <numerusform>Đã bỏ qua %n thiết bị mô phỏng (xem --allow-simulated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) (seq %1..%2) exported to %3. Chain: %4</source>
        <translation>
            <numerusform>Đã xuất %n sự kiện kiểm toán (seq %1..%2) vào %3. Chuỗi: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare the batch from this incoming lot&apos;s delivery list, before the TPMs are soldered (needs --product or --profile).</source>
        <translation>Chuẩn bị lô từ danh sách giao hàng của lot nhập về này, trước khi hàn các TPM (cần --product hoặc --profile).</translation>
    </message>
    <message>
        <source>--from-lot needs --product or --profile, and takes neither --allow-simulated nor --reexport.</source>
        <translation>--from-lot cần --product hoặc --profile, và không dùng được với --allow-simulated hay --reexport.</translation>
    </message>
    <message>
        <source>With --central: only the devices of these stations (comma-separated station IDs).</source>
        <translation>Với --central: chỉ các thiết bị của những trạm này (ID trạm, phân cách bằng dấu phẩy).</translation>
    </message>
    <message>
        <source>--central and --from-lot exclude each other.</source>
        <translation>--central và --from-lot loại trừ lẫn nhau.</translation>
    </message>
    <message>
        <source>--stations needs --central.</source>
        <translation>--stations cần có --central.</translation>
    </message>
    <message>
        <source>No station has sent anything to the factory database %1.</source>
        <translation>Chưa có trạm nào gửi gì đến cơ sở dữ liệu nhà máy %1.</translation>
    </message>
    <message numerus="yes">
        <source>Station %1: %n audit event(s) (seq %2..%3) exported to %4. Chain: %5</source>
        <translation>
            <numerusform>Trạm %1: đã xuất %n sự kiện kiểm toán (seq %2..%3) vào %4. Chuỗi: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>With --central: only this station&apos;s trail (a station ID; repeat it or separate IDs with commas).</source>
        <translation>Với --central: chỉ chuỗi kiểm toán của trạm này (một ID trạm; lặp lại tùy chọn hoặc ngăn cách các ID bằng dấu phẩy).</translation>
    </message>
    <message>
        <source>--station needs --central.</source>
        <translation>--station cần --central.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli export dps --db PATH --out DIR [--name N] [--allow-simulated] [--reexport] [--profile FILE] [--product ID]
       tpm-station-cli export dps --central URL [--stations ID,ID] --db PATH --out DIR [--name N] [--allow-simulated] [--profile FILE] [--product ID]
       tpm-station-cli export audit --db PATH --out DIR [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export audit --central URL [--station ID …] --db PATH --out DIR [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
       tpm-station-cli export slot-keys --db PATH --out DIR --profile FILE [--as ID] [--allow-simulated]</source>
        <translation>Cách dùng: tpm-station-cli export dps --db ĐƯỜNG_DẪN --out THƯ_MỤC [--name N] [--allow-simulated] [--reexport] [--profile TỆP] [--product ID]
           tpm-station-cli export dps --central URL [--stations ID,ID] --db ĐƯỜNG_DẪN --out THƯ_MỤC [--name N] [--allow-simulated] [--profile TỆP] [--product ID]
           tpm-station-cli export audit --db ĐƯỜNG_DẪN --out THƯ_MỤC [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
           tpm-station-cli export audit --central URL [--station ID …] --db ĐƯỜNG_DẪN --out THƯ_MỤC [--from T] [--to T] [--serial S] [--batch B] [--format csv,json,pdf]
           tpm-station-cli export slot-keys --db ĐƯỜNG_DẪN --out THƯ_MỤC --profile TỆP [--as ID] [--allow-simulated]</translation>
    </message>
</context>
<context>
    <name>ExportDirectory</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation>Chưa chỉ định thư mục đầu ra.</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>Thư mục đầu ra %1 không trống.</translation>
    </message>
    <message>
        <source>%1 cannot be an output directory.</source>
        <translation>%1 không thể là thư mục đầu ra.</translation>
    </message>
    <message>
        <source>Cannot create the output directory %1: %2 cannot be created.</source>
        <translation>Không thể tạo thư mục đầu ra %1: không thể tạo %2.</translation>
    </message>
    <message>
        <source>Cannot create a directory in %1: %2</source>
        <translation>Không thể tạo thư mục trong %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không thể đọc %1.</translation>
    </message>
    <message>
        <source>Cannot move the export into %1: %2</source>
        <translation>Không thể chuyển bản xuất vào %1: %2</translation>
    </message>
</context>
<context>
    <name>FileEscrowStore</name>
    <message>
        <source>Cannot read the escrow file %1: %2</source>
        <translation>Không thể đọc tệp lưu ký %1: %2</translation>
    </message>
    <message>
        <source>The escrow file %1 is damaged or not an escrow file.</source>
        <translation>Tệp lưu ký %1 bị hỏng hoặc không phải là tệp lưu ký.</translation>
    </message>
    <message>
        <source>The escrow file %1 holds a damaged record.</source>
        <translation>Tệp lưu ký %1 chứa một bản ghi bị hỏng.</translation>
    </message>
    <message>
        <source>Cannot create the escrow directory %1.</source>
        <translation>Không thể tạo thư mục lưu ký %1.</translation>
    </message>
    <message>
        <source>Cannot write the escrow file %1: %2</source>
        <translation>Không thể ghi tệp lưu ký %1: %2</translation>
    </message>
    <message>
        <source>Cannot sync the escrow directory %1.</source>
        <translation>Không thể đồng bộ thư mục lưu ký %1.</translation>
    </message>
    <message>
        <source>An escrow record needs a serial, hierarchies and CMS data.</source>
        <translation>Một bản ghi lưu ký cần có số sê-ri, các phân cấp và dữ liệu CMS.</translation>
    </message>
    <message>
        <source>Escrow record %1 exists already.</source>
        <translation>Bản ghi lưu ký %1 đã tồn tại.</translation>
    </message>
    <message>
        <source>No escrow record %1 for serial %2.</source>
        <translation>Không có bản ghi lưu ký %1 cho số sê-ri %2.</translation>
    </message>
</context>
<context>
    <name>FirmwareCatalog</name>
    <message>
        <source>The firmware catalog %1 cannot be read. Ask a supervisor to check the product profile.</source>
        <translation>Không thể đọc danh mục firmware %1. Hãy nhờ trưởng ca kiểm tra hồ sơ sản phẩm.</translation>
    </message>
    <message>
        <source>The firmware catalog holds no release for %1. Ask a supervisor to install the release.</source>
        <translation>Danh mục firmware không có bản phát hành nào cho %1. Hãy nhờ trưởng ca cài đặt bản phát hành.</translation>
    </message>
    <message>
        <source>The firmware catalog holds several releases named %1 %2. Ask a supervisor to remove the duplicate.</source>
        <translation>Danh mục firmware có nhiều bản phát hành cùng tên %1 %2. Hãy nhờ trưởng ca xóa bản trùng lặp.</translation>
    </message>
    <message>
        <source>The firmware manifest %1 is not in the catalog.</source>
        <translation>Bản kê khai firmware %1 không có trong danh mục.</translation>
    </message>
    <message>
        <source>The firmware manifest %1 cannot be read. Ask a supervisor to check the catalog.</source>
        <translation>Không thể đọc bản kê khai firmware %1. Hãy nhờ trưởng ca kiểm tra danh mục.</translation>
    </message>
    <message>
        <source>The firmware release has no signature. Nothing was written; call engineering.</source>
        <translation>Bản phát hành firmware không có chữ ký. Chưa ghi gì; hãy gọi bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <source>The firmware is for product %1, not for %2. Nothing was written; check that the right product is selected.</source>
        <translation>Firmware dành cho sản phẩm %1, không phải cho %2. Chưa ghi gì; hãy kiểm tra xem đã chọn đúng sản phẩm chưa.</translation>
    </message>
    <message>
        <source>The firmware image %1 is missing from the catalog. Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation>Ảnh firmware %1 bị thiếu trong danh mục. Chưa ghi gì; hãy nhờ trưởng ca cài lại bản phát hành.</translation>
    </message>
    <message>
        <source>The firmware image is truncated (%1 of %2 bytes). Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation>Ảnh firmware bị cắt cụt (%1 trên %2 byte). Chưa ghi gì; hãy nhờ trưởng ca cài lại bản phát hành.</translation>
    </message>
    <message>
        <source>The firmware image is larger than its manifest says. Nothing was written; ask a supervisor to reinstall the release.</source>
        <translation>Ảnh firmware lớn hơn kích thước ghi trong bản kê khai. Chưa ghi gì; hãy nhờ trưởng ca cài lại bản phát hành.</translation>
    </message>
    <message>
        <source>The firmware image does not match its signed digest: it may have been altered. Nothing was written; call engineering.</source>
        <translation>Ảnh firmware không khớp với giá trị băm đã ký: có thể nó đã bị sửa đổi. Chưa ghi gì; hãy gọi bộ phận kỹ thuật.</translation>
    </message>
</context>
<context>
    <name>FirmwareCommand</name>
    <message>
        <source>Verify a firmware release in a catalog: signature, product, size and digest.</source>
        <translation>Xác minh một bản phát hành firmware trong danh mục: chữ ký, sản phẩm, kích thước và giá trị băm.</translation>
    </message>
    <message>
        <source>Catalog directory.</source>
        <translation>Thư mục danh mục.</translation>
    </message>
    <message>
        <source>Product the release must be for.</source>
        <translation>Sản phẩm mà bản phát hành phải dành cho.</translation>
    </message>
    <message>
        <source>Trusted firmware-signing public key (PEM); repeatable.</source>
        <translation>Khóa công khai ký firmware tin cậy (PEM); có thể lặp lại.</translation>
    </message>
    <message>
        <source>Exactly this version.</source>
        <translation>Chính xác phiên bản này.</translation>
    </message>
    <message>
        <source>Exactly this manifest file.</source>
        <translation>Chính xác tệp kê khai này.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>firmware verify needs --catalog, --product and at least one --key.</source>
        <translation>firmware verify cần --catalog, --product và ít nhất một --key.</translation>
    </message>
    <message>
        <source>Verified: %1 %2 (%3, %4 bytes)</source>
        <translation>Đã xác minh: %1 %2 (%3, %4 byte)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Signed by: %1 (%2)</source>
        <translation>Ký bởi: %1 (%2)</translation>
    </message>
    <message>
        <source>warning: ignored catalog file %1</source>
        <translation>cảnh báo: đã bỏ qua tệp danh mục %1</translation>
    </message>
    <message>
        <source>Read the provisioning settings from the TPM&apos;s settings index 0x01500100 (no secret needed).</source>
        <translation>Đọc cài đặt cấp phát từ chỉ mục cài đặt 0x01500100 của TPM (không cần bí mật).</translation>
    </message>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI (mặc định: TPM2TOOLS_TCTI, nếu không thì device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>The TPM holds no provisioning settings (index 0x%1 is not defined).</source>
        <translation>TPM không chứa cài đặt cấp phát (chỉ mục 0x%1 chưa được định nghĩa).</translation>
    </message>
    <message>
        <source>DPS endpoint</source>
        <translation>Điểm cuối DPS</translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation>Phạm vi ID</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>ID đăng ký</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli firmware verify --catalog DIR --product P --key PEM [--version V] [--manifest FILE] [--json]
       tpm-station-cli firmware settings [--tcti T] [--json]</source>
        <translation>Cách dùng: tpm-station-cli firmware verify --catalog THƯ_MỤC --product P --key PEM [--version V] [--manifest TỆP] [--json]
           tpm-station-cli firmware settings [--tcti T] [--json]</translation>
    </message>
</context>
<context>
    <name>FirmwareConfig</name>
    <message>
        <source>firmware.%1.program is missing</source>
        <translation>thiếu firmware.%1.program</translation>
    </message>
    <message>
        <source>firmware.%1.arguments must be a list of strings</source>
        <translation>firmware.%1.arguments phải là danh sách chuỗi</translation>
    </message>
    <message>
        <source>the product profile has no &quot;firmware&quot; section</source>
        <translation>hồ sơ sản phẩm không có phần &quot;firmware&quot;</translation>
    </message>
    <message>
        <source>firmware.catalog is missing</source>
        <translation>thiếu firmware.catalog</translation>
    </message>
    <message>
        <source>firmware.signingKeys must be a list of file names</source>
        <translation>firmware.signingKeys phải là danh sách tên tệp</translation>
    </message>
    <message>
        <source>firmware.signingKeys is missing: no firmware-signing key is trusted</source>
        <translation>thiếu firmware.signingKeys: không có khóa ký firmware nào được tin cậy</translation>
    </message>
    <message>
        <source>firmware.flasher.timeoutMs must be between 100 and 3600000</source>
        <translation>firmware.flasher.timeoutMs phải nằm trong khoảng 100 đến 3600000</translation>
    </message>
    <message>
        <source>firmware.flasher.fault must be none, fail, hang or corrupt-readback</source>
        <translation>firmware.flasher.fault phải là none, fail, hang hoặc corrupt-readback</translation>
    </message>
    <message>
        <source>firmware.flasher.kind must be &quot;simulated&quot; or &quot;command&quot;</source>
        <translation>firmware.flasher.kind phải là &quot;simulated&quot; hoặc &quot;command&quot;</translation>
    </message>
</context>
<context>
    <name>FirmwareFlashedStation</name>
    <message>
        <source>The product profile&apos;s firmware settings are incomplete (%1). Ask a supervisor to fix the product profile.</source>
        <translation>Cài đặt firmware của hồ sơ sản phẩm chưa đầy đủ (%1). Hãy nhờ trưởng ca sửa hồ sơ sản phẩm.</translation>
    </message>
    <message>
        <source>The product profile uses the simulated programmer, but this is a real device or a production profile. Ask a supervisor to configure the real programmer.</source>
        <translation>Hồ sơ sản phẩm dùng bộ nạp mô phỏng, nhưng đây là thiết bị thật hoặc hồ sơ sản xuất. Hãy nhờ trưởng ca cấu hình bộ nạp thật.</translation>
    </message>
    <message>
        <source>The device&apos;s registration ID is not known: step &quot;%1&quot; must pass before the firmware is flashed.</source>
        <translation>Chưa biết ID đăng ký của thiết bị: bước &quot;%1&quot; phải đạt trước khi nạp firmware.</translation>
    </message>
    <message>
        <source>The provisioning settings are not valid: %1</source>
        <translation>Cài đặt cấp phát không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The firmware release is version %1, the product profile asks for %2. Nothing was written.</source>
        <translation>Bản phát hành firmware là phiên bản %1, hồ sơ sản phẩm yêu cầu %2. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The station cannot create a working directory.</source>
        <translation>Trạm không thể tạo thư mục làm việc.</translation>
    </message>
    <message>
        <source>The station cannot write its working files.</source>
        <translation>Trạm không thể ghi các tệp làm việc của nó.</translation>
    </message>
    <message>
        <source>The TPM&apos;s settings index cannot be read: %1 Nothing was written.</source>
        <translation>Không thể đọc chỉ mục cài đặt của TPM: %1 Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The TPM&apos;s settings index 0x%1 is locked and holds other provisioning settings. It cannot be written again: a supervisor must order a rework, in which the device owner undefines the index.</source>
        <translation>Chỉ mục cài đặt 0x%1 của TPM đã bị khóa và chứa các cài đặt cấp phát khác. Không thể ghi lại nó: trưởng ca phải yêu cầu làm lại, trong đó chủ sở hữu thiết bị hủy định nghĩa chỉ mục.</translation>
    </message>
    <message>
        <source>The TPM&apos;s owner authorization is not available: %1 Nothing was written.</source>
        <translation>Không có ủy quyền chủ sở hữu của TPM: %1 Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Connect the programmer to device %1, then confirm.</source>
        <translation>Hãy nối bộ nạp với thiết bị %1, rồi xác nhận.</translation>
    </message>
    <message>
        <source>The programmer was not connected. The firmware is NOT flashed.</source>
        <translation>Bộ nạp chưa được nối. Firmware CHƯA được nạp.</translation>
    </message>
    <message>
        <source>The step was cancelled. Nothing was written.</source>
        <translation>Bước này đã bị hủy. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The provisioning settings could not be stored on the TPM: %1</source>
        <translation>Không thể lưu cài đặt cấp phát lên TPM: %1</translation>
    </message>
    <message>
        <source>The product profile&apos;s credential settings are refused (%1). Ask a supervisor to fix the product profile.</source>
        <translation>Cài đặt thông tin xác thực của hồ sơ sản phẩm bị từ chối (%1). Hãy nhờ trưởng ca sửa hồ sơ sản phẩm.</translation>
    </message>
    <message>
        <source>The device&apos;s TPM slot cannot name it: %1 Nothing was written.</source>
        <translation>Khe TPM của thiết bị không thể đặt tên cho nó: %1 Chưa ghi gì.</translation>
    </message>
</context>
<context>
    <name>FirmwareManifest</name>
    <message>
        <source>The firmware manifest is not valid (%1). Nothing was written; ask engineering for a correct firmware release.</source>
        <translation>Bản kê khai firmware không hợp lệ (%1). Chưa ghi gì; hãy yêu cầu bộ phận kỹ thuật cung cấp bản phát hành firmware đúng.</translation>
    </message>
</context>
<context>
    <name>GroupEnrollmentKey</name>
    <message numerus="yes">
        <source>The group enrollment key decodes to %n byte(s); DPS keys are 16 to 64 bytes.</source>
        <translation>
            <numerusform>Khóa đăng ký nhóm giải mã ra %n byte; khóa DPS dài từ 16 đến 64 byte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The group enrollment key is not base64 text (the standard alphabet with &apos;=&apos; padding, as DPS shows it).</source>
        <translation>Khóa đăng ký nhóm không phải là văn bản base64 (bảng chữ cái chuẩn với phần đệm &apos;=&apos;, như DPS hiển thị).</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the HMAC-SHA256.</source>
        <translation>OpenSSL không thể tính HMAC-SHA256.</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>&apos;%1&apos; is not a serial number: 1 to %2 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; and &apos;-&apos;, starting with a letter or digit. Scan again.</source>
        <translation>&apos;%1&apos; không phải là số sê-ri: từ 1 đến %2 chữ cái, chữ số, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; và &apos;-&apos;, bắt đầu bằng chữ cái hoặc chữ số. Hãy quét lại.</translation>
    </message>
</context>
<context>
    <name>LabelCommand</name>
    <message>
        <source>Print a device label (ZPL: serial, registration ID as QR code and text) to a file or a printer.</source>
        <translation>In nhãn thiết bị (ZPL: số sê-ri, ID đăng ký dưới dạng mã QR và văn bản) ra tệp hoặc máy in.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Cơ sở dữ liệu của trạm.</translation>
    </message>
    <message>
        <source>Device serial.</source>
        <translation>Số sê-ri thiết bị.</translation>
    </message>
    <message>
        <source>Product (when the serial is ambiguous).</source>
        <translation>Sản phẩm (khi số sê-ri không rõ ràng).</translation>
    </message>
    <message>
        <source>Write the ZPL to this file.</source>
        <translation>Ghi ZPL vào tệp này.</translation>
    </message>
    <message>
        <source>Send the ZPL to tcp://HOST:PORT.</source>
        <translation>Gửi ZPL tới tcp://HOST:PORT.</translation>
    </message>
    <message>
        <source>Also write a PNG preview.</source>
        <translation>Đồng thời ghi bản xem trước PNG.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli label --db PATH --serial S [--out FILE] [--printer tcp://HOST:PORT] [--png FILE]</source>
        <translation>Cách dùng: tpm-station-cli label --db ĐƯỜNG_DẪN --serial S [--out TỆP] [--printer tcp://HOST:PORT] [--png TỆP]</translation>
    </message>
    <message>
        <source>This build has no label preview (built without QtGui).</source>
        <translation>Bản dựng này không có chức năng xem trước nhãn (dựng không có QtGui).</translation>
    </message>
    <message>
        <source>Label of %1 sent to %2.</source>
        <translation>Đã gửi nhãn của %1 tới %2.</translation>
    </message>
    <message>
        <source>Preview written to %1.</source>
        <translation>Đã ghi bản xem trước vào %1.</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>The registration ID cannot be encoded as a QR code.</source>
        <translation>Không thể mã hóa ID đăng ký thành mã QR.</translation>
    </message>
    <message>
        <source>Cannot write the label preview %1.</source>
        <translation>Không thể ghi bản xem trước nhãn %1.</translation>
    </message>
</context>
<context>
    <name>LimpetSlot</name>
    <message>
        <source>Slot %1 does not exist: Limpet has the logical slots 0 to 9.</source>
        <translation>Khe %1 không tồn tại: Limpet có các khe logic từ 0 đến 9.</translation>
    </message>
    <message>
        <source>The hostname &quot;%1&quot; is not a DNS name: %2</source>
        <translation>Tên máy chủ &quot;%1&quot; không phải là tên DNS: %2</translation>
    </message>
    <message>
        <source>The hostname is empty: give the IoT hub&apos;s hostname, e.g. myhub.azure-devices.net.</source>
        <translation>Tên máy chủ trống: hãy nhập tên máy chủ của IoT hub, ví dụ myhub.azure-devices.net.</translation>
    </message>
    <message numerus="yes">
        <source>it is longer than %n character(s).</source>
        <translation>
            <numerusform>nó dài hơn %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>each dot-separated part must be 1 to 63 letters, digits or hyphens, and must not start or end with a hyphen.</source>
        <translation>mỗi phần được phân tách bằng dấu chấm phải gồm 1 đến 63 chữ cái, chữ số hoặc dấu gạch nối, và không được bắt đầu hay kết thúc bằng dấu gạch nối.</translation>
    </message>
    <message>
        <source>The device ID is empty.</source>
        <translation>ID thiết bị trống.</translation>
    </message>
    <message numerus="yes">
        <source>The device ID is %n character(s) long; IoT Hub allows at most 128.</source>
        <translation>
            <numerusform>ID thiết bị dài %n ký tự; IoT Hub cho phép tối đa 128.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device ID &quot;%1&quot; contains &quot;%2&quot;: IoT Hub allows only letters, digits and - . % _ * ? ! ( ) , : = @ $ &apos;.</source>
        <translation>ID thiết bị &quot;%1&quot; chứa &quot;%2&quot;: IoT Hub chỉ cho phép chữ cái, chữ số và - . % _ * ? ! ( ) , : = @ $ &apos;.</translation>
    </message>
    <message numerus="yes">
        <source>The device key decodes to %n byte(s); a slot takes a key of 32 to 64 bytes (44 to 88 base64 characters).</source>
        <translation>
            <numerusform>Khóa thiết bị giải mã ra %n byte; một khe nhận khóa từ 32 đến 64 byte (44 đến 88 ký tự base64).</numerusform>
        </translation>
    </message>
    <message>
        <source>The token validity must be a whole number of seconds from 1 to 4294967295.</source>
        <translation>Thời hạn hiệu lực của token phải là số giây nguyên từ 1 đến 4294967295.</translation>
    </message>
    <message>
        <source>The device key is not base64 text (the standard alphabet with &apos;=&apos; padding, as the IoT hub shows the primary key).</source>
        <translation>Khóa thiết bị không phải là văn bản base64 (bảng chữ cái chuẩn với phần đệm &apos;=&apos;, như IoT hub hiển thị khóa chính).</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Không thể đọc tệp khóa %1: %2</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>tệp không tồn tại.</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>đây không phải là tệp thông thường.</translation>
    </message>
    <message>
        <source>it is larger than 4 KiB; it should hold only the base64 key.</source>
        <translation>tệp lớn hơn 4 KiB; nó chỉ nên chứa khóa base64.</translation>
    </message>
</context>
<context>
    <name>LimpetSlots</name>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: the hardware device ID is derived from its name.</source>
        <translation>Không có khóa gốc lưu trữ (SRK) nào được lưu cố định tại 0x81000001: ID phần cứng của thiết bị được suy ra từ tên của nó.</translation>
    </message>
    <message>
        <source>The owner authorization of this TPM is set: Limpet (Windows IoT Core) defines and removes slots with the empty owner password, so the station does not write slot %1. Nothing was written.</source>
        <translation>Ủy quyền chủ sở hữu của TPM này đã được đặt: Limpet (Windows IoT Core) định nghĩa và xóa các khe bằng mật khẩu chủ sở hữu trống, nên trạm không ghi khe %1. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>No storage root key (SRK) is persisted at 0x81000001: a slot&apos;s key is created under it. Take ownership of the TPM first. Nothing was written.</source>
        <translation>Không có khóa gốc lưu trữ (SRK) nào được lưu cố định tại 0x81000001: khóa của khe được tạo dưới nó. Hãy nhận quyền sở hữu TPM trước. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Slot %1 is in use (NV index %2 %3, key %4 %5): nothing was written. Replace it explicitly to destroy what it holds and provision it anew.</source>
        <translation>Khe %1 đang được dùng (chỉ mục NV %2 %3, khóa %4 %5): chưa ghi gì. Hãy chủ động thay thế nó để hủy nội dung đang có và cấp phát lại.</translation>
    </message>
    <message>
        <source>defined</source>
        <translation>đã định nghĩa</translation>
    </message>
    <message>
        <source>free</source>
        <translation>trống</translation>
    </message>
    <message>
        <source>present</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Slot %1 has no key at %2: the device could not sign a token.</source>
        <translation>Khe %1 không có khóa tại %2: thiết bị không thể ký token.</translation>
    </message>
    <message>
        <source>Slot %1 is empty: provision it first.</source>
        <translation>Khe %1 trống: hãy cấp phát nó trước.</translation>
    </message>
    <message>
        <source>The NV index %1 of slot %2 cannot be read with the empty authorization a device uses: it does not follow the Limpet layout.</source>
        <translation>Không thể đọc chỉ mục NV %1 của khe %2 bằng ủy quyền trống mà thiết bị dùng: nó không theo bố cục của Limpet.</translation>
    </message>
    <message>
        <source>Slot %1 holds no IoT hub hostname and device ID (NV index %2): the device could not form a token.</source>
        <translation>Khe %1 không chứa tên máy chủ IoT hub và ID thiết bị (chỉ mục NV %2): thiết bị không thể tạo token.</translation>
    </message>
    <message>
        <source>Slot %1 is empty: there is nothing to destroy.</source>
        <translation>Khe %1 trống: không có gì để hủy.</translation>
    </message>
    <message>
        <source>The owner authorization of this TPM is set: a slot is removed with the empty owner password, as Limpet does. Nothing was removed.</source>
        <translation>Ủy quyền chủ sở hữu của TPM này đã được đặt: một khe được xóa bằng mật khẩu chủ sở hữu trống, như Limpet làm. Chưa xóa gì.</translation>
    </message>
</context>
<context>
    <name>LineCommand</name>
    <message>
        <source> (recheck)</source>
        <translation> (kiểm tra lại)</translation>
    </message>
    <message>
        <source>Run the line: walk simulated devices through every registered step, recorded in the station database.</source>
        <translation>Chạy dây chuyền: đưa các thiết bị mô phỏng qua mọi bước đã đăng ký, ghi nhận vào cơ sở dữ liệu của trạm.</translation>
    </message>
    <message>
        <source>Number of simulated devices.</source>
        <translation>Số lượng thiết bị mô phỏng.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Cơ sở dữ liệu của trạm.</translation>
    </message>
    <message>
        <source>Parallel test sockets (default 1).</source>
        <translation>Số vị trí thử song song (mặc định 1).</translation>
    </message>
    <message>
        <source>Reuse (or create) the simulated fleet in DIR; default: a temporary fleet.</source>
        <translation>Dùng lại (hoặc tạo) dàn thiết bị mô phỏng trong THƯ_MỤC; mặc định: một dàn tạm thời.</translation>
    </message>
    <message>
        <source>Product profile ID.</source>
        <translation>ID hồ sơ sản phẩm.</translation>
    </message>
    <message>
        <source>Product profile (JSON file).</source>
        <translation>Hồ sơ sản phẩm (tệp JSON).</translation>
    </message>
    <message>
        <source>Operator running the line (password from STATION_PASSWORD or stdin).</source>
        <translation>Người vận hành chạy dây chuyền (mật khẩu lấy từ STATION_PASSWORD hoặc stdin).</translation>
    </message>
    <message>
        <source>Leave the simulated TPMs of --root running.</source>
        <translation>Để các TPM mô phỏng của --root tiếp tục chạy.</translation>
    </message>
    <message>
        <source>Print every step as soon as it is committed.</source>
        <translation>In từng bước ngay khi nó được ghi nhận.</translation>
    </message>
    <message>
        <source>Machine-readable summary.</source>
        <translation>Bản tóm tắt dạng máy đọc được.</translation>
    </message>
    <message>
        <source>--simulate takes a number of devices from 1 to 1000.</source>
        <translation>--simulate nhận số lượng thiết bị từ 1 đến 1000.</translation>
    </message>
    <message>
        <source>--sockets takes a number from 1 to 64.</source>
        <translation>--sockets nhận một số từ 1 đến 64.</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>Cần có --db ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <source>Line: %1, %2, database %3</source>
        <translation>Dây chuyền: %1, %2, cơ sở dữ liệu %3</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s)</source>
        <translation>
            <numerusform>%n thiết bị mô phỏng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n vị trí thử</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1 completed, %2 need rework, %3 not completed.</source>
        <translation>
            <numerusform>%n thiết bị: %1 hoàn tất, %2 cần làm lại, %3 chưa hoàn tất.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming TPM lot: every device&apos;s EK must be on its delivery list.</source>
        <translation>Lot TPM nhập về: EK của mỗi thiết bị phải có trong danh sách giao hàng của lot.</translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) sent, all sent.</source>
        <translation>
            <numerusform>Cơ sở dữ liệu nhà máy: đã gửi %n bản ghi, đã gửi hết.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) stay queued in the station: %1</source>
        <translation>
            <numerusform>Cơ sở dữ liệu nhà máy: %n bản ghi vẫn nằm trong hàng đợi của trạm: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the records to this factory database while the line runs (libpq connection string; the password from PGPASSFILE/~/.pgpass or PGPASSWORD).</source>
        <translation>Gửi các bản ghi tới cơ sở dữ liệu nhà máy này trong khi dây chuyền chạy (chuỗi kết nối libpq; mật khẩu lấy từ PGPASSFILE/~/.pgpass hoặc PGPASSWORD).</translation>
    </message>
</context>
<context>
    <name>LotBatchExporter</name>
    <message>
        <source>No lot %1 was imported.</source>
        <translation>Chưa có lot %1 nào được nhập.</translation>
    </message>
    <message>
        <source>lot %1 row %2</source>
        <translation>lot %1 dòng %2</translation>
    </message>
    <message>
        <source>no EK_pub the TPM would report (%1)</source>
        <translation>không có EK_pub mà TPM sẽ báo cáo (%1)</translation>
    </message>
    <message>
        <source>No output directory given.</source>
        <translation>Chưa chỉ định thư mục đầu ra.</translation>
    </message>
    <message>
        <source>The output directory %1 is not empty.</source>
        <translation>Thư mục đầu ra %1 không trống.</translation>
    </message>
    <message numerus="yes">
        <source>No EK of lot %1 can be enrolled in DPS (%n left out).</source>
        <translation>
            <numerusform>Không EK nào của lot %1 có thể đăng ký vào DPS (đã bỏ qua %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LotCommand</name>
    <message>
        <source>%1  part %2  %3 EK(s), %4 used  imported %5 by %6 from %7</source>
        <translation>%1  mã linh kiện %2  %3 EK, đã dùng %4  nhập lúc %5 bởi %6 từ %7</translation>
    </message>
    <message>
        <source>Incoming TPM lots: the TPM vendor&apos;s delivery lists of EKs.</source>
        <translation>Các lot TPM nhập về: danh sách giao hàng EK của nhà cung cấp TPM.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Cơ sở dữ liệu của trạm.</translation>
    </message>
    <message>
        <source>The supervisor signing the import (password from STATION_PASSWORD or stdin).</source>
        <translation>Trưởng ca ký lần nhập (mật khẩu lấy từ STATION_PASSWORD hoặc stdin).</translation>
    </message>
    <message>
        <source>Why (signed and audited).</source>
        <translation>Lý do (được ký và kiểm toán).</translation>
    </message>
    <message>
        <source>Lot number.</source>
        <translation>Số lot.</translation>
    </message>
    <message>
        <source>TPM part number.</source>
        <translation>Mã linh kiện TPM.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>The delivery list (CSV or JSON).</source>
        <translation>Danh sách giao hàng (CSV hoặc JSON).</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>Cần có --db ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <source>Give one delivery list file.</source>
        <translation>Hãy chỉ định một tệp danh sách giao hàng.</translation>
    </message>
    <message>
        <source>--lot L and --part P are required.</source>
        <translation>Cần có --lot L và --part P.</translation>
    </message>
    <message>
        <source>--reason TEXT is required: it is signed and audited.</source>
        <translation>Cần có --reason VĂN_BẢN: lý do được ký và kiểm toán.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Không thể đọc &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Đã nhập: %1</translation>
    </message>
    <message>
        <source>Name the lot.</source>
        <translation>Hãy chỉ định lot.</translation>
    </message>
    <message>
        <source>No lot %1 was imported.</source>
        <translation>Chưa có lot %1 nào được nhập.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli lot import FILE --lot L --part P --db PATH --as ID --reason TEXT [--json]
       tpm-station-cli lot list --db PATH [--json]
       tpm-station-cli lot show LOT --db PATH [--json]</source>
        <translation>Cách dùng: tpm-station-cli lot import TỆP --lot L --part P --db ĐƯỜNG_DẪN --as ID --reason VĂN_BẢN [--json]
           tpm-station-cli lot list --db ĐƯỜNG_DẪN [--json]
           tpm-station-cli lot show LOT --db ĐƯỜNG_DẪN [--json]</translation>
    </message>
</context>
<context>
    <name>Lots</name>
    <message>
        <source>this EK is already on the delivery list of lot %1 (row %2): a TPM cannot be in two lots</source>
        <translation>EK này đã có trong danh sách giao hàng của lot %1 (dòng %2): một TPM không thể thuộc hai lot</translation>
    </message>
    <message numerus="yes">
        <source>The delivery list has %n bad row(s); nothing was imported.</source>
        <translation>
            <numerusform>Danh sách giao hàng có %n dòng lỗi; không có gì được nhập.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery list is for lot %1, not %2; nothing was imported.</source>
        <translation>Danh sách giao hàng dành cho lot %1, không phải %2; không có gì được nhập.</translation>
    </message>
    <message>
        <source>The delivery list is for part number %1, not %2; nothing was imported.</source>
        <translation>Danh sách giao hàng dành cho mã linh kiện %1, không phải %2; không có gì được nhập.</translation>
    </message>
    <message>
        <source>A lot needs its lot number and part number.</source>
        <translation>Một lot cần có số lot và mã linh kiện.</translation>
    </message>
    <message>
        <source>Importing a lot needs a reason.</source>
        <translation>Nhập một lot cần có lý do.</translation>
    </message>
    <message>
        <source>Lot %1 was already imported on %2 by %3; nothing was imported.</source>
        <translation>Lot %1 đã được %3 nhập vào %2; không có gì được nhập.</translation>
    </message>
    <message>
        <source>This EK is on no imported lot&apos;s delivery list.</source>
        <translation>EK này không có trong danh sách giao hàng của lot nào đã nhập.</translation>
    </message>
    <message>
        <source>Row %1 of lot %2 was already used by device %3.</source>
        <translation>Dòng %1 của lot %2 đã được thiết bị %3 sử dụng.</translation>
    </message>
    <message>
        <source>The device %1 is not in the station&apos;s records.</source>
        <translation>Thiết bị %1 không có trong hồ sơ của trạm.</translation>
    </message>
</context>
<context>
    <name>ManifestSigner</name>
    <message>
        <source>Cannot write the export signing key %1: %2</source>
        <translation>Không thể ghi khóa ký bản xuất %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the export signing certificate %1: %2</source>
        <translation>Không thể ghi chứng chỉ ký bản xuất %1: %2</translation>
    </message>
    <message>
        <source>The export signing key %1 and certificate %2 must both exist; one is missing.</source>
        <translation>Khóa ký bản xuất %1 và chứng chỉ %2 phải cùng tồn tại; một trong hai bị thiếu.</translation>
    </message>
    <message>
        <source>Cannot read the export signing key or certificate next to %1.</source>
        <translation>Không thể đọc khóa hoặc chứng chỉ ký bản xuất bên cạnh %1.</translation>
    </message>
    <message>
        <source>%1 is not a private key.</source>
        <translation>%1 không phải là khóa riêng.</translation>
    </message>
    <message>
        <source>%1 is not a certificate.</source>
        <translation>%1 không phải là chứng chỉ.</translation>
    </message>
    <message>
        <source>The export signing certificate %1 does not belong to the key %2.</source>
        <translation>Chứng chỉ ký bản xuất %1 không thuộc về khóa %2.</translation>
    </message>
    <message>
        <source>Cannot write the signed manifest into %1.</source>
        <translation>Không thể ghi bản kê khai đã ký vào %1.</translation>
    </message>
    <message>
        <source>The export signing key %1 is accessible to other users (mode %2); it must be readable by its owner only (chmod 600).</source>
        <translation>Khóa ký bản xuất %1 có thể bị người dùng khác truy cập (chế độ %2); chỉ chủ sở hữu của nó được phép đọc (chmod 600).</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Unknown schema version %1.</source>
        <translation>Phiên bản lược đồ không xác định %1.</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>Chuyển đổi sang lược đồ %1 thất bại: %2</translation>
    </message>
</context>
<context>
    <name>OperatorCommand</name>
    <message>
        <source>Usage: tpm-station-cli operator add|list|disable --db PATH [options]
Passwords come from STATION_NEW_PASSWORD / STATION_PASSWORD or stdin, never from the command line.</source>
        <translation>Cách dùng: tpm-station-cli operator add|list|disable --db ĐƯỜNG_DẪN [tùy chọn]
Mật khẩu được lấy từ STATION_NEW_PASSWORD / STATION_PASSWORD hoặc stdin, không bao giờ từ dòng lệnh.</translation>
    </message>
    <message>
        <source>Manage the station&apos;s operators.</source>
        <translation>Quản lý người vận hành của trạm.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Cơ sở dữ liệu của trạm.</translation>
    </message>
    <message>
        <source>Operator ID.</source>
        <translation>ID người vận hành.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Họ tên đầy đủ.</translation>
    </message>
    <message>
        <source>operator, supervisor, quality or admin.</source>
        <translation>operator, supervisor, quality hoặc admin.</translation>
    </message>
    <message>
        <source>The admin doing this (password from STATION_PASSWORD or stdin).</source>
        <translation>Quản trị viên thực hiện việc này (mật khẩu lấy từ STATION_PASSWORD hoặc stdin).</translation>
    </message>
    <message>
        <source>Why (recorded in the audit trail).</source>
        <translation>Lý do (được ghi vào nhật ký kiểm toán).</translation>
    </message>
    <message>
        <source>Read passwords from stdin, one per line (new password first, then the admin&apos;s).</source>
        <translation>Đọc mật khẩu từ stdin, mỗi dòng một mật khẩu (mật khẩu mới trước, sau đó là mật khẩu của quản trị viên).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>Cần có --db ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <source>--role must be operator, supervisor, quality or admin.</source>
        <translation>--role phải là operator, supervisor, quality hoặc admin.</translation>
    </message>
    <message>
        <source>--id and --name are required.</source>
        <translation>Cần có --id và --name.</translation>
    </message>
    <message>
        <source>Give the new password in STATION_NEW_PASSWORD or on stdin (--password-stdin).</source>
        <translation>Hãy nhập mật khẩu mới trong STATION_NEW_PASSWORD hoặc qua stdin (--password-stdin).</translation>
    </message>
    <message>
        <source>Operator %1 (%2, %3) added.</source>
        <translation>Đã thêm người vận hành %1 (%2, %3).</translation>
    </message>
    <message>
        <source>--id and --reason are required.</source>
        <translation>Cần có --id và --reason.</translation>
    </message>
    <message>
        <source>Operator %1 disabled.</source>
        <translation>Đã vô hiệu hóa người vận hành %1.</translation>
    </message>
    <message>
        <source>Order rework of a device that exhausted its retries (supervisor&apos;s electronic signature).</source>
        <translation>Yêu cầu làm lại một thiết bị đã dùng hết số lần thử lại (chữ ký điện tử của trưởng ca).</translation>
    </message>
    <message>
        <source>Device serial.</source>
        <translation>Số sê-ri thiết bị.</translation>
    </message>
    <message>
        <source>Product profile ID.</source>
        <translation>ID hồ sơ sản phẩm.</translation>
    </message>
    <message>
        <source>Signing supervisor (password from STATION_PASSWORD or stdin).</source>
        <translation>Trưởng ca ký (mật khẩu lấy từ STATION_PASSWORD hoặc stdin).</translation>
    </message>
    <message>
        <source>Reason for the rework.</source>
        <translation>Lý do làm lại.</translation>
    </message>
    <message>
        <source>--db, --serial, --as and --reason are required.</source>
        <translation>Cần có --db, --serial, --as và --reason.</translation>
    </message>
    <message>
        <source>Rework of %1 approved and signed by %2.</source>
        <translation>Việc làm lại %1 đã được %2 phê duyệt và ký.</translation>
    </message>
    <message>
        <source>Run the device again from this step (e.g. ownership-taken after a TPM clear); default: the step that failed.</source>
        <translation>Chạy lại thiết bị từ bước này (ví dụ ownership-taken sau khi xóa TPM); mặc định: bước đã thất bại.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; (--from-step): use tpm-installed, ek-extracted, ownership-taken, firmware-flashed or qa-check.</source>
        <translation>Bước không xác định &quot;%1&quot; (--from-step): hãy dùng tpm-installed, ek-extracted, ownership-taken, firmware-flashed hoặc qa-check.</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>An admin must sign in to add an operator.</source>
        <translation>Quản trị viên phải đăng nhập để thêm người vận hành.</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>&apos;%1&apos; is not a valid operator ID (letters, digits, . _ -; up to 64 characters).</source>
        <translation>&apos;%1&apos; không phải là ID người vận hành hợp lệ (chữ cái, chữ số, . _ -; tối đa 64 ký tự).</translation>
    </message>
    <message>
        <source>An operator needs a full name.</source>
        <translation>Người vận hành cần có họ tên đầy đủ.</translation>
    </message>
    <message>
        <source>The password or PIN must have at least %1 characters.</source>
        <translation>Mật khẩu hoặc mã PIN phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The password could not be hashed (scrypt unavailable).</source>
        <translation>Không thể băm mật khẩu (không có scrypt).</translation>
    </message>
    <message>
        <source>The first operator of a station must be an admin.</source>
        <translation>Người vận hành đầu tiên của trạm phải là quản trị viên.</translation>
    </message>
    <message>
        <source>Only an admin can add operators.</source>
        <translation>Chỉ quản trị viên mới có thể thêm người vận hành.</translation>
    </message>
    <message>
        <source>Operator ID %1 is already taken.</source>
        <translation>ID người vận hành %1 đã được sử dụng.</translation>
    </message>
    <message>
        <source>Disabling an operator needs a reason.</source>
        <translation>Vô hiệu hóa người vận hành cần có lý do.</translation>
    </message>
    <message>
        <source>Only an admin can disable operators.</source>
        <translation>Chỉ quản trị viên mới có thể vô hiệu hóa người vận hành.</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>Không có người vận hành %1.</translation>
    </message>
    <message>
        <source>Admins cannot disable themselves.</source>
        <translation>Quản trị viên không thể tự vô hiệu hóa chính mình.</translation>
    </message>
    <message>
        <source>Unknown operator ID or wrong password.</source>
        <translation>ID người vận hành không xác định hoặc sai mật khẩu.</translation>
    </message>
    <message>
        <source>Operator %1 is disabled.</source>
        <translation>Người vận hành %1 đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <source>Operator %1 is locked after %2 failed attempts; try again in %3 minutes.</source>
        <translation>Người vận hành %1 bị khóa sau %2 lần thử thất bại; hãy thử lại sau %3 phút.</translation>
    </message>
    <message>
        <source>Wrong password. Operator %1 is now locked for %2 minutes.</source>
        <translation>Sai mật khẩu. Người vận hành %1 hiện bị khóa trong %2 phút.</translation>
    </message>
</context>
<context>
    <name>OwnershipCommand</name>
    <message>
        <source>TCTI (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI (mặc định: TPM2TOOLS_TCTI, nếu không thì device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>Step 3: take ownership of a TPM (secrets escrowed to the owner&apos;s certificate).</source>
        <translation>Bước 3: nhận quyền sở hữu một TPM (các bí mật được lưu ký theo chứng chỉ của chủ sở hữu).</translation>
    </message>
    <message>
        <source>The device owner&apos;s escrow certificate (PEM or DER).</source>
        <translation>Chứng chỉ lưu ký của chủ sở hữu thiết bị (PEM hoặc DER).</translation>
    </message>
    <message>
        <source>Device serial number.</source>
        <translation>Số sê-ri của thiết bị.</translation>
    </message>
    <message>
        <source>Device UUID (default: a new one).</source>
        <translation>UUID của thiết bị (mặc định: một UUID mới).</translation>
    </message>
    <message>
        <source>DA maxTries (default 32).</source>
        <translation>DA maxTries (mặc định 32).</translation>
    </message>
    <message>
        <source>DA recoveryTime in seconds (default 7200).</source>
        <translation>DA recoveryTime tính bằng giây (mặc định 7200).</translation>
    </message>
    <message>
        <source>DA lockoutRecovery in seconds (default 86400).</source>
        <translation>DA lockoutRecovery tính bằng giây (mặc định 86400).</translation>
    </message>
    <message>
        <source>Disable TPM2_Clear (TPM2_ClearControl).</source>
        <translation>Vô hiệu hóa TPM2_Clear (TPM2_ClearControl).</translation>
    </message>
    <message>
        <source>Also set the endorsement authorization (breaks DPS TPM attestation in the field).</source>
        <translation>Đồng thời đặt ủy quyền endorsement (làm hỏng chứng thực TPM của DPS ngoài hiện trường).</translation>
    </message>
    <message>
        <source>Also set the owner authorization (only for a device client that is given it).</source>
        <translation>Đồng thời đặt ủy quyền chủ sở hữu (chỉ cho client thiết bị được cấp ủy quyền này).</translation>
    </message>
    <message>
        <source>The software the device runs for DPS (default azure-iot-sdk-c; see docs/OWNERSHIP.md).</source>
        <translation>Phần mềm mà thiết bị chạy cho DPS (mặc định azure-iot-sdk-c; xem docs/OWNERSHIP.md).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>--serial is required.</source>
        <translation>Cần có --serial.</translation>
    </message>
    <message>
        <source>--escrow-cert is required.</source>
        <translation>Cần có --escrow-cert.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 nhận một số nguyên.</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message>
        <source>Rework: TPM2_Clear (platform hierarchy, or the escrowed lockout authorization) and the EK re-persisted.</source>
        <translation>Làm lại: TPM2_Clear (phân cấp platform, hoặc ủy quyền lockout đã lưu ký) và lưu cố định lại EK.</translation>
    </message>
    <message>
        <source>Why the TPM is cleared (required).</source>
        <translation>Lý do xóa TPM (bắt buộc).</translation>
    </message>
    <message>
        <source>Clear with the platform hierarchy (empty platform auth).</source>
        <translation>Xóa bằng phân cấp platform (ủy quyền platform trống).</translation>
    </message>
    <message>
        <source>Clear with the escrowed lockout authorization, opened with the owner&apos;s private key.</source>
        <translation>Xóa bằng ủy quyền lockout đã lưu ký, được mở bằng khóa riêng của chủ sở hữu.</translation>
    </message>
    <message>
        <source>--serial and --reason are required.</source>
        <translation>Cần có --serial và --reason.</translation>
    </message>
    <message>
        <source>Give exactly one of --platform and --lockout-key.</source>
        <translation>Hãy chỉ định đúng một trong hai --platform và --lockout-key.</translation>
    </message>
    <message>
        <source>No applied lockout authorization is escrowed for serial %1: refusing to guess (a wrong lockout value locks the TPM&apos;s lockout hierarchy).</source>
        <translation>Không có ủy quyền lockout đã áp dụng nào được lưu ký cho số sê-ri %1: từ chối đoán (giá trị lockout sai sẽ khóa phân cấp lockout của TPM).</translation>
    </message>
    <message>
        <source>TPM cleared; EK re-persisted at 0x81010001; escrow records of %1 revoked.</source>
        <translation>Đã xóa TPM; đã lưu cố định lại EK tại 0x81010001; đã thu hồi các bản ghi lưu ký của %1.</translation>
    </message>
    <message>
        <source>Check that a TPM&apos;s authorizations fit the device&apos;s DPS client (no authorization is tried).</source>
        <translation>Kiểm tra xem các ủy quyền của TPM có phù hợp với client DPS của thiết bị không (không thử ủy quyền nào).</translation>
    </message>
    <message>
        <source>The software the device runs for DPS (default azure-iot-sdk-c).</source>
        <translation>Phần mềm thiết bị chạy cho DPS (mặc định azure-iot-sdk-c).</translation>
    </message>
    <message>
        <source>The TPM&apos;s authorizations fit %1.</source>
        <translation>Các ủy quyền của TPM phù hợp với %1.</translation>
    </message>
    <message>
        <source>The device needs rework before %1 can provision it. %2</source>
        <translation>Thiết bị cần làm lại trước khi %1 có thể cấp phát cho nó. %2</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli ownership take|clear|verify [options] (--help for details)</source>
        <translation>Cách dùng: tpm-station-cli ownership take|clear|verify [tùy chọn] (--help để xem chi tiết)</translation>
    </message>
</context>
<context>
    <name>OwnershipConfig</name>
    <message>
        <source>The ownership setting &quot;%1&quot; must be a whole number from %2 to 4294967295.</source>
        <translation>Cài đặt quyền sở hữu &quot;%1&quot; phải là số nguyên từ %2 đến 4294967295.</translation>
    </message>
    <message>
        <source>The ownership setting &quot;%1&quot; must be true or false.</source>
        <translation>Cài đặt quyền sở hữu &quot;%1&quot; phải là true hoặc false.</translation>
    </message>
    <message>
        <source>The product profile has no escrow certificate (ownership.escrowCertificate): the owner&apos;s certificate is required to escrow the TPM&apos;s owner secrets.</source>
        <translation>Hồ sơ sản phẩm không có chứng chỉ lưu ký (ownership.escrowCertificate): cần chứng chỉ của chủ sở hữu để lưu ký các bí mật chủ sở hữu của TPM.</translation>
    </message>
    <message>
        <source>Unknown ownership setting &quot;%1&quot;.</source>
        <translation>Cài đặt quyền sở hữu không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The product profile sets the owner authorization (ownership.setOwnerAuth), but its device client %1 needs it empty: %1 persists its DPS key with TPM2_EvictControl through the owner hierarchy with an empty password, and would be refused in the field. Leave setOwnerAuth false, or use device.client &quot;aziot-identity-service&quot; with hierarchyAuthorization and ownerAuthDelivery.</source>
        <translation>Hồ sơ sản phẩm đặt ủy quyền chủ sở hữu (ownership.setOwnerAuth), nhưng client thiết bị %1 của nó cần ủy quyền này để trống: %1 lưu cố định khóa DPS bằng TPM2_EvictControl qua phân cấp owner với mật khẩu trống, và sẽ bị từ chối ngoài hiện trường. Hãy để setOwnerAuth là false, hoặc dùng device.client &quot;aziot-identity-service&quot; với hierarchyAuthorization và ownerAuthDelivery.</translation>
    </message>
    <message>
        <source>The product profile sets the endorsement authorization (ownership.setEndorsementAuth), but its device client %1 needs it empty: it proves the EK under PolicySecret(endorsement) with an empty password, so DPS TPM attestation would fail. Only device.client &quot;none&quot; allows it.</source>
        <translation>Hồ sơ sản phẩm đặt ủy quyền endorsement (ownership.setEndorsementAuth), nhưng client thiết bị %1 của nó cần ủy quyền này để trống: nó chứng minh EK theo PolicySecret(endorsement) với mật khẩu trống, nên chứng thực TPM của DPS sẽ thất bại. Chỉ device.client &quot;none&quot; cho phép điều này.</translation>
    </message>
    <message>
        <source>The escrow certificate pin (ownership.escrowCertificateSha256) must be the 64 hex digits of the certificate&apos;s SHA-256 (openssl x509 -outform DER | sha256sum).</source>
        <translation>Giá trị ghim chứng chỉ lưu ký (ownership.escrowCertificateSha256) phải là 64 chữ số hex của SHA-256 của chứng chỉ (openssl x509 -outform DER | sha256sum).</translation>
    </message>
</context>
<context>
    <name>OwnershipTakenStation</name>
    <message>
        <source>The escrow certificate of this product cannot be used: %1</source>
        <translation>Không thể dùng chứng chỉ lưu ký của sản phẩm này: %1</translation>
    </message>
    <message>
        <source>No escrow store is configured.</source>
        <translation>Chưa cấu hình kho lưu ký.</translation>
    </message>
    <message>
        <source>The device has no serial number.</source>
        <translation>Thiết bị không có số sê-ri.</translation>
    </message>
    <message>
        <source>WARNING: the endorsement authorization is set. The DPS client uses an empty endorsement authorization: TPM attestation with the Device Provisioning Service WILL FAIL in the field for this device.</source>
        <translation>CẢNH BÁO: ủy quyền endorsement đã được đặt. Client DPS dùng ủy quyền endorsement trống: chứng thực TPM với Device Provisioning Service SẼ THẤT BẠI ngoài hiện trường đối với thiết bị này.</translation>
    </message>
    <message>
        <source>A rework needs a reason.</source>
        <translation>Làm lại cần có lý do.</translation>
    </message>
    <message>
        <source>Clearing with the lockout hierarchy needs the escrowed lockout authorization.</source>
        <translation>Xóa bằng phân cấp lockout cần ủy quyền lockout đã lưu ký.</translation>
    </message>
    <message>
        <source>This TPM was owned under the earlier rule: %1. The ownership step cannot undo it. %2</source>
        <translation>TPM này đã được nhận quyền sở hữu theo quy tắc cũ: %1. Bước nhận quyền sở hữu không thể hoàn tác việc đó. %2</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The factory database %1 refused the credentials. The password comes from the password file (PGPASSFILE or ~/.pgpass) or PGPASSWORD, never from the command line.</source>
        <translation>Cơ sở dữ liệu nhà máy %1 đã từ chối thông tin đăng nhập. Mật khẩu được lấy từ tệp mật khẩu (PGPASSFILE hoặc ~/.pgpass) hoặc PGPASSWORD, không bao giờ từ dòng lệnh.</translation>
    </message>
    <message>
        <source>The factory database %1 cannot be reached over the TLS the connection asks for (sslmode): %2</source>
        <translation>Không thể kết nối tới cơ sở dữ liệu nhà máy %1 qua TLS mà kết nối yêu cầu (sslmode): %2</translation>
    </message>
    <message>
        <source>The factory database %1 cannot be reached: %2</source>
        <translation>Không thể kết nối tới cơ sở dữ liệu nhà máy %1: %2</translation>
    </message>
    <message>
        <source>The factory database connection string does not parse: %1</source>
        <translation>Không phân tích được chuỗi kết nối của cơ sở dữ liệu nhà máy: %1</translation>
    </message>
    <message>
        <source>The factory database connection string holds a password. Put it in the password file (PGPASSFILE or ~/.pgpass) or PGPASSWORD instead.</source>
        <translation>Chuỗi kết nối của cơ sở dữ liệu nhà máy chứa mật khẩu. Thay vào đó, hãy đặt mật khẩu trong tệp mật khẩu (PGPASSFILE hoặc ~/.pgpass) hoặc PGPASSWORD.</translation>
    </message>
    <message>
        <source>Out of memory connecting to the factory database.</source>
        <translation>Hết bộ nhớ khi kết nối tới cơ sở dữ liệu nhà máy.</translation>
    </message>
    <message>
        <source>The connection to the factory database %1 was lost: %2</source>
        <translation>Kết nối tới cơ sở dữ liệu nhà máy %1 đã bị mất: %2</translation>
    </message>
    <message>
        <source>The factory database %1 does not permit this role to run %2: %3</source>
        <translation>Cơ sở dữ liệu nhà máy %1 không cho phép vai trò này chạy %2: %3</translation>
    </message>
    <message>
        <source>The factory database %1 refused the %2 statement: %3</source>
        <translation>Cơ sở dữ liệu nhà máy %1 đã từ chối câu lệnh %2: %3</translation>
    </message>
    <message>
        <source>The factory database %1 did not answer the connection in time.</source>
        <translation>Cơ sở dữ liệu nhà máy %1 đã không trả lời kết nối kịp thời.</translation>
    </message>
    <message>
        <source>The factory database %1 did not answer the %2 statement in time; it was cancelled.</source>
        <translation>Cơ sở dữ liệu nhà máy %1 đã không trả lời câu lệnh %2 kịp thời; câu lệnh đã bị hủy.</translation>
    </message>
</context>
<context>
    <name>ProductProfile</name>
    <message>
        <source>Cannot read the product profile %1: %2</source>
        <translation>Không thể đọc hồ sơ sản phẩm %1: %2</translation>
    </message>
    <message>
        <source>The product profile %1 is not valid JSON: %2</source>
        <translation>Hồ sơ sản phẩm %1 không phải JSON hợp lệ: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>không phải một đối tượng</translation>
    </message>
    <message>
        <source>The product profile needs an ID (1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit) and maxRetries from 1 to 100.</source>
        <translation>Hồ sơ sản phẩm cần có ID (từ 1 đến 64 chữ cái, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;, bắt đầu bằng chữ cái hoặc chữ số) và maxRetries từ 1 đến 100.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Usage: tpm-station-cli profile pin-escrow --db PATH --profile FILE --as ADMIN --reason TEXT</source>
        <translation>Cách dùng: tpm-station-cli profile pin-escrow --db ĐƯỜNG_DẪN --profile TỆP --as QUẢN_TRỊ_VIÊN --reason VĂN_BẢN</translation>
    </message>
    <message>
        <source>Pin the product profile&apos;s escrow certificate: its SHA-256 is written to ownership.escrowCertificateSha256, signed by an administrator and audited.</source>
        <translation>Ghim chứng chỉ lưu ký của hồ sơ sản phẩm: SHA-256 của nó được ghi vào ownership.escrowCertificateSha256, được quản trị viên ký và được kiểm toán.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Cơ sở dữ liệu của trạm.</translation>
    </message>
    <message>
        <source>The product profile to change.</source>
        <translation>Hồ sơ sản phẩm cần thay đổi.</translation>
    </message>
    <message>
        <source>The administrator signing (password from STATION_PASSWORD or stdin).</source>
        <translation>Quản trị viên ký (mật khẩu lấy từ STATION_PASSWORD hoặc stdin).</translation>
    </message>
    <message>
        <source>Why the pin changes.</source>
        <translation>Lý do thay đổi ghim.</translation>
    </message>
    <message>
        <source>Escrow certificate %1 pinned in profile %2: SHA-256 %3 (was %4).</source>
        <translation>Đã ghim chứng chỉ lưu ký %1 trong hồ sơ %2: SHA-256 %3 (trước đây %4).</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>chưa ghim</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>The product profile is refused: %1</source>
        <translation>Hồ sơ sản phẩm bị từ chối: %1</translation>
    </message>
    <message>
        <source>The product profile %1 is a production profile: it cannot run on simulated devices.</source>
        <translation>Hồ sơ sản phẩm %1 là hồ sơ sản xuất: nó không thể chạy trên thiết bị mô phỏng.</translation>
    </message>
</context>
<context>
    <name>ProvisioningSettings</name>
    <message>
        <source>The DPS endpoint &apos;%1&apos; is not a host name (for example %2).</source>
        <translation>Điểm cuối DPS &apos;%1&apos; không phải là tên máy chủ (ví dụ %2).</translation>
    </message>
    <message>
        <source>The DPS ID scope &apos;%1&apos; is not valid: it is &apos;0ne&apos; followed by 8 upper-case letters or digits, for example 0ne000A1B2C.</source>
        <translation>Phạm vi ID DPS &apos;%1&apos; không hợp lệ: nó là &apos;0ne&apos; theo sau bởi 8 chữ cái in hoa hoặc chữ số, ví dụ 0ne000A1B2C.</translation>
    </message>
    <message>
        <source>The registration ID &apos;%1&apos; is not valid: up to 128 lower-case letters, digits and - . _ :, beginning and ending with a letter or digit.</source>
        <translation>ID đăng ký &apos;%1&apos; không hợp lệ: tối đa 128 chữ cái thường, chữ số và - . _ :, bắt đầu và kết thúc bằng chữ cái hoặc chữ số.</translation>
    </message>
    <message>
        <source>The product &apos;%1&apos; is not valid: 1 to 64 letters, digits and . _ -.</source>
        <translation>Sản phẩm &apos;%1&apos; không hợp lệ: 1 đến 64 chữ cái, chữ số và . _ -.</translation>
    </message>
    <message>
        <source>The provisioning settings have an unknown format.</source>
        <translation>Cài đặt cấp phát có định dạng không xác định.</translation>
    </message>
    <message>
        <source>The provisioning settings do not fit into the TPM&apos;s settings index.</source>
        <translation>Cài đặt cấp phát không vừa với chỉ mục cài đặt của TPM.</translation>
    </message>
    <message>
        <source>The TPM holds no valid provisioning settings (%1).</source>
        <translation>TPM không chứa cài đặt cấp phát hợp lệ (%1).</translation>
    </message>
</context>
<context>
    <name>QaCheckStation</name>
    <message numerus="yes">
        <source>(%n more problem(s) found, see details.)</source>
        <translation>
            <numerusform>(Phát hiện thêm %n vấn đề, xem chi tiết.)</numerusform>
        </translation>
    </message>
    <message>
        <source>A QA measurement is out of its limits.</source>
        <translation>Một giá trị đo QA nằm ngoài giới hạn.</translation>
    </message>
    <message>
        <source>A DPS identity key is left at %1: the device must not ship with it. Repeat the QA check.</source>
        <translation>Một khóa định danh DPS vẫn còn tại %1: thiết bị không được xuất xưởng cùng khóa này. Hãy lặp lại bước kiểm tra QA.</translation>
    </message>
    <message>
        <source>The TPM holds objects the product does not ship with: %1. Send the device to rework.</source>
        <translation>TPM chứa các đối tượng mà sản phẩm không được xuất xưởng cùng: %1. Hãy chuyển thiết bị đi làm lại.</translation>
    </message>
    <message>
        <source>The product profile has no DPS ID scope (section &quot;dps&quot;, key &quot;idScope&quot;).</source>
        <translation>Hồ sơ sản phẩm không có phạm vi ID DPS (phần &quot;dps&quot;, khóa &quot;idScope&quot;).</translation>
    </message>
    <message>
        <source>The DPS ID scope &quot;%1&quot; is not valid.</source>
        <translation>Phạm vi ID DPS &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>qa.sasValiditySeconds must lie between 60 and 31536000.</source>
        <translation>qa.sasValiditySeconds phải nằm trong khoảng 60 đến 31536000.</translation>
    </message>
    <message>
        <source>qa.firmwareNvIndex is not an NV index (0x01xxxxxx).</source>
        <translation>qa.firmwareNvIndex không phải là chỉ mục NV (0x01xxxxxx).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a DPS registration ID (a-z, 0-9, - . _ : only, at most 128).</source>
        <translation>&quot;%1&quot; không thể là ID đăng ký DPS (chỉ a-z, 0-9, - . _ :, tối đa 128).</translation>
    </message>
    <message>
        <source>The EK recorded by the EK step is missing. Run the EK step first.</source>
        <translation>Thiếu EK mà bước EK đã ghi nhận. Hãy chạy bước EK trước.</translation>
    </message>
    <message>
        <source>No EK is persisted at 0x81010001: the device&apos;s DPS client would find no EK. Send the device back to the EK step.</source>
        <translation>Không có EK nào được lưu cố định tại 0x81010001: client DPS của thiết bị sẽ không tìm thấy EK. Hãy trả thiết bị về bước EK.</translation>
    </message>
    <message>
        <source>The EK at 0x81010001 changed since the EK step: the enrollment recorded for this device would not match. Send the device to rework.</source>
        <translation>EK tại 0x81010001 đã thay đổi kể từ bước EK: bản đăng ký đã ghi nhận cho thiết bị này sẽ không khớp. Hãy chuyển thiết bị đi làm lại.</translation>
    </message>
    <message>
        <source>No SRK is persisted at 0x81000001: DPS attestation would fail. Send the device back to the ownership step.</source>
        <translation>Không có SRK nào được lưu cố định tại 0x81000001: chứng thực DPS sẽ thất bại. Hãy trả thiết bị về bước quyền sở hữu.</translation>
    </message>
    <message>
        <source>The SRK at 0x81000001 is not of the standard template. Send the device back to the ownership step.</source>
        <translation>SRK tại 0x81000001 không theo mẫu chuẩn. Hãy trả thiết bị về bước quyền sở hữu.</translation>
    </message>
    <message>
        <source>The lockout authorization is still empty: ownership was not taken. Send the device back to the ownership step.</source>
        <translation>Ủy quyền lockout vẫn trống: chưa nhận quyền sở hữu. Hãy trả thiết bị về bước quyền sở hữu.</translation>
    </message>
    <message>
        <source>The firmware settings (NV index %1) are missing or unreadable. Send the device back to the firmware step.</source>
        <translation>Cài đặt firmware (chỉ mục NV %1) bị thiếu hoặc không đọc được. Hãy trả thiết bị về bước firmware.</translation>
    </message>
    <message>
        <source>The QA check was cancelled.</source>
        <translation>Đã hủy bước kiểm tra QA.</translation>
    </message>
    <message>
        <source>The station could not prepare the DPS rehearsal.</source>
        <translation>Trạm không thể chuẩn bị lần chạy thử DPS.</translation>
    </message>
    <message>
        <source>The SAS token signed by the TPM does not verify: DPS would refuse the device. Send the device to rework.</source>
        <translation>Token SAS do TPM ký không xác minh được: DPS sẽ từ chối thiết bị. Hãy chuyển thiết bị đi làm lại.</translation>
    </message>
    <message>
        <source>The QA key could not be removed from the TPM (handle %1). Repeat the QA check; the device must not ship with it.</source>
        <translation>Không thể xóa khóa QA khỏi TPM (handle %1). Hãy lặp lại bước kiểm tra QA; thiết bị không được xuất xưởng cùng khóa này.</translation>
    </message>
    <message>
        <source>%1: %2 with empty owner authorization is refused — the owner authorization does not match.</source>
        <translation>%1: %2 với ủy quyền chủ sở hữu trống bị từ chối — ủy quyền chủ sở hữu không khớp.</translation>
    </message>
    <message>
        <source>%1: %2 with the owner authorization the device is given is refused — the owner authorization does not match.</source>
        <translation>%1: %2 với ủy quyền chủ sở hữu được cấp cho thiết bị bị từ chối — ủy quyền chủ sở hữu không khớp.</translation>
    </message>
    <message>
        <source>%1 uses %2, which this TPM does not implement: the client would fail in the field. This TPM cannot serve %1.</source>
        <translation>%1 dùng %2, mà TPM này không hỗ trợ: client sẽ thất bại ngoài hiện trường. TPM này không thể phục vụ %1.</translation>
    </message>
</context>
<context>
    <name>RegistrationId</name>
    <message>
        <source>The registration ID is empty.</source>
        <translation>ID đăng ký trống.</translation>
    </message>
    <message>
        <source>The registration ID has %1 characters; at most 128 are allowed.</source>
        <translation>ID đăng ký có %1 ký tự; chỉ cho phép tối đa 128.</translation>
    </message>
    <message>
        <source>The registration ID must be lowercase (&apos;%1&apos;).</source>
        <translation>ID đăng ký phải là chữ thường (&apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The registration ID may contain only letters, digits and - . _ : (found &apos;%1&apos;).</source>
        <translation>ID đăng ký chỉ được chứa chữ cái, chữ số và - . _ : (tìm thấy &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The registration ID must start and end with a letter or digit.</source>
        <translation>ID đăng ký phải bắt đầu và kết thúc bằng chữ cái hoặc chữ số.</translation>
    </message>
    <message>
        <source>The EK file is empty.</source>
        <translation>Tệp EK trống.</translation>
    </message>
    <message>
        <source>This is neither a binary TPM2B_PUBLIC (as written by tpm2_createek -u) nor its base64 text.</source>
        <translation>Đây không phải là TPM2B_PUBLIC nhị phân (như tpm2_createek -u ghi ra) cũng không phải văn bản base64 của nó.</translation>
    </message>
    <message>
        <source>The EK is not a valid TPM2B_PUBLIC.</source>
        <translation>EK không phải là TPM2B_PUBLIC hợp lệ.</translation>
    </message>
    <message>
        <source>The EK is an ECC key: Azure DPS TPM attestation accepts RSA-2048 EKs only. Configure the product for the RSA-2048 EK (algorithm rsa2048).</source>
        <translation>EK là khóa ECC: chứng thực TPM của Azure DPS chỉ chấp nhận EK RSA-2048. Hãy cấu hình sản phẩm dùng EK RSA-2048 (thuật toán rsa2048).</translation>
    </message>
    <message>
        <source>Azure DPS TPM attestation accepts RSA-2048 EKs only.</source>
        <translation>Chứng thực TPM của Azure DPS chỉ chấp nhận EK RSA-2048.</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>The factory database committed the records, but the station database could not note it (they will be sent again, harmlessly): %1</source>
        <translation>Cơ sở dữ liệu nhà máy đã commit các bản ghi, nhưng cơ sở dữ liệu của trạm không ghi nhận được điều đó (chúng sẽ được gửi lại, không gây hại gì): %1</translation>
    </message>
    <message>
        <source>The factory database answered the batch unexpectedly.</source>
        <translation>Cơ sở dữ liệu nhà máy đã trả lời lô này một cách bất thường.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Run the station on its embedded default: the line over a simulated TPM fleet.</source>
        <translation>Chạy trạm với cấu hình mặc định tích hợp sẵn: dây chuyền trên một dàn TPM mô phỏng.</translation>
    </message>
    <message>
        <source>Fleet root directory.</source>
        <translation>Thư mục gốc của dàn thiết bị.</translation>
    </message>
    <message>
        <source>Number of simulated devices.</source>
        <translation>Số lượng thiết bị mô phỏng.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Cơ sở dữ liệu của trạm.</translation>
    </message>
    <message>
        <source>Parallel test sockets.</source>
        <translation>Số vị trí thử song song.</translation>
    </message>
    <message>
        <source>Leave the simulated TPMs running.</source>
        <translation>Để các TPM mô phỏng tiếp tục chạy.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>--simulate takes a positive whole number.</source>
        <translation>--simulate nhận một số nguyên dương.</translation>
    </message>
    <message>
        <source>--sockets takes a number from 1 to 64.</source>
        <translation>--sockets nhận một số từ 1 đến 64.</translation>
    </message>
    <message>
        <source>Simulated fleet: %1</source>
        <translation>Dàn thiết bị mô phỏng: %1</translation>
    </message>
    <message>
        <source>Station database: %1</source>
        <translation>Cơ sở dữ liệu của trạm: %1</translation>
    </message>
    <message>
        <source>Product profile (JSON file); default: the simulation kit&apos;s profile in the fleet root.</source>
        <translation>Hồ sơ sản phẩm (tệp JSON); mặc định: hồ sơ của bộ mô phỏng trong thư mục gốc của dàn thiết bị.</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>The firmware-signing key %1 cannot be used (%2). Ask a supervisor to check the product profile.</source>
        <translation>Không thể dùng khóa ký firmware %1 (%2). Hãy nhờ trưởng ca kiểm tra hồ sơ sản phẩm.</translation>
    </message>
    <message>
        <source>The firmware was signed with a key this product does not trust. Nothing was written; set the release aside and call engineering.</source>
        <translation>Firmware được ký bằng một khóa mà sản phẩm này không tin cậy. Chưa ghi gì; hãy để riêng bản phát hành và gọi bộ phận kỹ thuật.</translation>
    </message>
    <message>
        <source>The firmware signature is not valid: the release may have been altered. Nothing was written; call engineering.</source>
        <translation>Chữ ký firmware không hợp lệ: bản phát hành có thể đã bị sửa đổi. Chưa ghi gì; hãy gọi bộ phận kỹ thuật.</translation>
    </message>
</context>
<context>
    <name>SignedChange</name>
    <message>
        <source>Only %1 may do this (%2); %3 is %4.</source>
        <translation>Chỉ %1 mới được làm việc này (%2); %3 là %4.</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>Manage the simulated TPM fleet (swtpm devices with EK certificates).</source>
        <translation>Quản lý dàn TPM mô phỏng (các thiết bị swtpm có chứng chỉ EK).</translation>
    </message>
    <message>
        <source>Fleet root directory (default: %1).</source>
        <translation>Thư mục gốc của dàn thiết bị (mặc định: %1).</translation>
    </message>
    <message>
        <source>Number of devices (create).</source>
        <translation>Số lượng thiết bị (create).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>--count takes a positive whole number.</source>
        <translation>--count nhận một số nguyên dương.</translation>
    </message>
    <message>
        <source>No simulated fleet at %1.</source>
        <translation>Không có dàn thiết bị mô phỏng tại %1.</translation>
    </message>
    <message>
        <source>swtpm timing</source>
        <translation>thời gian của swtpm</translation>
    </message>
    <message>
        <source>simulated %1 timing</source>
        <translation>thời gian %1 mô phỏng</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli sim create|start|stop|list --root DIR [--count N] [--timing dtpm|fast|none] [--timing-seed HEX] [--json]</source>
        <translation>Cách dùng: tpm-station-cli sim create|start|stop|list --root THƯ_MỤC [--count N] [--timing dtpm|fast|none] [--timing-seed HEX] [--json]</translation>
    </message>
    <message>
        <source>Make the simulated TPMs answer as slowly as a discrete TPM (create): dtpm (typical), fast, or none (as fast as swtpm).</source>
        <translation>Cho các TPM mô phỏng phản hồi chậm như một TPM rời (create): dtpm (điển hình), fast hoặc none (nhanh như swtpm).</translation>
    </message>
    <message>
        <source>Seed of the timing model&apos;s draws, hexadecimal (create).</source>
        <translation>Giá trị khởi tạo (seed) cho các lần rút ngẫu nhiên của mô hình thời gian, dạng hex (create).</translation>
    </message>
    <message>
        <source>--timing-seed takes a hexadecimal number.</source>
        <translation>--timing-seed cần một số hex.</translation>
    </message>
    <message>
        <source>--timing takes one of: %1.</source>
        <translation>--timing nhận một trong các giá trị: %1.</translation>
    </message>
</context>
<context>
    <name>SimFleet</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a simulated fleet of this station</source>
        <translation>%1 không phải là dàn thiết bị mô phỏng của trạm này</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Không thể tạo %1</translation>
    </message>
    <message>
        <source>swtpm_localca is not installed (package swtpm-tools).</source>
        <translation>Chưa cài đặt swtpm_localca (gói swtpm-tools).</translation>
    </message>
    <message>
        <source>No simulated device with serial %1 in %2</source>
        <translation>Không có thiết bị mô phỏng nào có số sê-ri %1 trong %2</translation>
    </message>
    <message>
        <source>swtpm_setup is not installed (package swtpm-tools).</source>
        <translation>Chưa cài đặt swtpm_setup (gói swtpm-tools).</translation>
    </message>
    <message>
        <source>swtpm_setup failed for %1: %2</source>
        <translation>swtpm_setup thất bại với %1: %2</translation>
    </message>
    <message>
        <source>A fleet holds 1 to 1000 devices; %1 was asked for.</source>
        <translation>Một dàn thiết bị gồm 1 đến 1000 thiết bị; yêu cầu là %1.</translation>
    </message>
    <message>
        <source>Another process is using the fleet at %1</source>
        <translation>Một tiến trình khác đang dùng dàn thiết bị tại %1</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no fleet; choose an empty directory</source>
        <translation>%1 không trống và không chứa dàn thiết bị nào; hãy chọn một thư mục trống</translation>
    </message>
    <message>
        <source>swtpm is not installed (package swtpm).</source>
        <translation>Chưa cài đặt swtpm (gói swtpm).</translation>
    </message>
    <message>
        <source>No free pair of loopback ports</source>
        <translation>Không còn cặp cổng loopback nào trống</translation>
    </message>
    <message>
        <source>swtpm did not answer on port %1</source>
        <translation>swtpm không phản hồi trên cổng %1</translation>
    </message>
    <message>
        <source>swtpm for %1 would not start: %2</source>
        <translation>swtpm cho %1 không khởi động được: %2</translation>
    </message>
    <message>
        <source>No simulated fleet at %1; create one first</source>
        <translation>Không có dàn thiết bị mô phỏng tại %1; hãy tạo trước</translation>
    </message>
    <message>
        <source>Unknown timing model %1: choose one of %2.</source>
        <translation>Mô hình thời gian không xác định %1: hãy chọn một trong %2.</translation>
    </message>
    <message>
        <source>The timing model %1 is invalid: %2</source>
        <translation>Mô hình thời gian %1 không hợp lệ: %2</translation>
    </message>
</context>
<context>
    <name>SimulatedFlasher</name>
    <message>
        <source>The firmware image could not be read for flashing.</source>
        <translation>Không thể đọc ảnh firmware để nạp.</translation>
    </message>
    <message>
        <source>The simulated device has no flash memory. Recreate the simulated fleet.</source>
        <translation>Thiết bị mô phỏng không có bộ nhớ flash. Hãy tạo lại dàn thiết bị mô phỏng.</translation>
    </message>
    <message>
        <source>The firmware image (%1 bytes) is larger than the device&apos;s flash (%2 bytes).</source>
        <translation>Ảnh firmware (%1 byte) lớn hơn bộ nhớ flash của thiết bị (%2 byte).</translation>
    </message>
    <message>
        <source>The programmer reported an error. The firmware is NOT flashed: see the programmer log.</source>
        <translation>Bộ nạp báo lỗi. Firmware CHƯA được nạp: xem nhật ký của bộ nạp.</translation>
    </message>
    <message>
        <source>Flashing was cancelled. The firmware is NOT flashed.</source>
        <translation>Đã hủy việc nạp. Firmware CHƯA được nạp.</translation>
    </message>
    <message>
        <source>The programmer did not finish within %1 s and was stopped. The firmware is NOT flashed: check the programmer connection and try again.</source>
        <translation>Bộ nạp không hoàn tất trong vòng %1 giây và đã bị dừng. Firmware CHƯA được nạp: hãy kiểm tra kết nối bộ nạp và thử lại.</translation>
    </message>
    <message>
        <source>The simulated flash could not be written.</source>
        <translation>Không thể ghi bộ nhớ flash mô phỏng.</translation>
    </message>
    <message>
        <source>The simulated flash could not be read back.</source>
        <translation>Không thể đọc lại bộ nhớ flash mô phỏng.</translation>
    </message>
    <message>
        <source>The device does not hold the image that was flashed (read-back differs). The firmware is NOT flashed: try again, then set the device aside.</source>
        <translation>Thiết bị không chứa ảnh firmware đã nạp (dữ liệu đọc lại khác). Firmware CHƯA được nạp: hãy thử lại, sau đó để riêng thiết bị.</translation>
    </message>
</context>
<context>
    <name>SimulationKit</name>
    <message>
        <source>The simulation kit failed at: %1 (%2).</source>
        <translation>Bộ mô phỏng thất bại tại: %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không thể ghi %1.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Không thể tạo thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>The simulation kit needs a fleet root directory.</source>
        <translation>Bộ mô phỏng cần một thư mục gốc cho dàn thiết bị.</translation>
    </message>
    <message>
        <source>Simulated widget (simulation kit)</source>
        <translation>Widget mô phỏng (bộ mô phỏng)</translation>
    </message>
</context>
<context>
    <name>SlotCommand</name>
    <message>
        <source>TCTI, e.g. swtpm:host=127.0.0.1,port=2321 (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI, ví dụ swtpm:host=127.0.0.1,port=2321 (mặc định: TPM2TOOLS_TCTI, nếu không thì device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>Logical slot, 0 to 9.</source>
        <translation>Khe logic, 0 đến 9.</translation>
    </message>
    <message>
        <source>Add --replace to do so.</source>
        <translation>Hãy thêm --replace để làm việc này.</translation>
    </message>
    <message>
        <source>--slot must be a whole number from 0 to 9, not &quot;%1&quot;.</source>
        <translation>--slot phải là số nguyên từ 0 đến 9, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Khe</translation>
    </message>
    <message>
        <source>NV index</source>
        <translation>Chỉ mục NV</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Hostname / device ID</source>
        <translation>Tên máy chủ / ID thiết bị</translation>
    </message>
    <message>
        <source>%1 / %2 (hardware device ID)</source>
        <translation>%1 / %2 (ID thiết bị phần cứng)</translation>
    </message>
    <message>
        <source>The ten Limpet slots of a TPM: hostname and device ID, never the key.</source>
        <translation>Mười khe Limpet của một TPM: tên máy chủ và ID thiết bị, không bao giờ hiện khóa.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>Imprint an IoT hub hostname, device ID and device key into a Limpet slot. The key file holds the base64 key (32 to 64 bytes); the key is never printed.</source>
        <translation>Ghi tên máy chủ IoT hub, ID thiết bị và khóa thiết bị vào một khe Limpet. Tệp khóa chứa khóa base64 (32 đến 64 byte); khóa không bao giờ được in ra.</translation>
    </message>
    <message>
        <source>IoT hub hostname.</source>
        <translation>Tên máy chủ IoT hub.</translation>
    </message>
    <message>
        <source>IoT Hub device ID (omitted: the hardware device ID).</source>
        <translation>ID thiết bị IoT Hub (bỏ trống: dùng ID thiết bị phần cứng).</translation>
    </message>
    <message>
        <source>File holding the base64 device key.</source>
        <translation>Tệp chứa khóa thiết bị base64.</translation>
    </message>
    <message>
        <source>Destroy what the slot holds first (otherwise an occupied slot is refused).</source>
        <translation>Hủy nội dung của khe trước (nếu không, khe đang được dùng sẽ bị từ chối).</translation>
    </message>
    <message>
        <source>slot provision needs --slot, --hostname and --key-file.

%1</source>
        <translation>slot provision cần --slot, --hostname và --key-file.

%1</translation>
    </message>
    <message>
        <source>Slot %1 provisioned: %2 / %3 (NV index %4, key %5).</source>
        <translation>Đã cấp phát khe %1: %2 / %3 (chỉ mục NV %4, khóa %5).</translation>
    </message>
    <message>
        <source>The SAS token the device computes from a slot (TPM2_HMAC with the slot&apos;s key), printed exactly as Limpet&apos;s GetSASToken returns it.</source>
        <translation>Token SAS mà thiết bị tính từ một khe (TPM2_HMAC với khóa của khe), được in đúng như GetSASToken của Limpet trả về.</translation>
    </message>
    <message>
        <source>Seconds the token is valid (3600).</source>
        <translation>Số giây token có hiệu lực (3600).</translation>
    </message>
    <message>
        <source>Print the connection string (GetConnectionString) instead.</source>
        <translation>Thay vào đó, in chuỗi kết nối (GetConnectionString).</translation>
    </message>
    <message>
        <source>slot sas needs --slot.

%1</source>
        <translation>slot sas cần --slot.

%1</translation>
    </message>
    <message>
        <source>Remove a Limpet slot: undefine its NV index and evict its key, as the Device Portal&apos;s &quot;Remove keys&quot; does on a bench TPM.</source>
        <translation>Xóa một khe Limpet: hủy định nghĩa chỉ mục NV và loại bỏ khóa của nó, như &quot;Remove keys&quot; của Device Portal làm trên TPM bàn thử.</translation>
    </message>
    <message>
        <source>slot destroy needs --slot.

%1</source>
        <translation>slot destroy cần --slot.

%1</translation>
    </message>
    <message>
        <source>NV index %1 undefined</source>
        <translation>đã hủy định nghĩa chỉ mục NV %1</translation>
    </message>
    <message>
        <source>no NV index</source>
        <translation>không có chỉ mục NV</translation>
    </message>
    <message>
        <source>key %1 evicted</source>
        <translation>đã loại bỏ khóa %1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>không có khóa</translation>
    </message>
    <message>
        <source>Slot %1 destroyed: %2, %3.</source>
        <translation>Đã hủy khe %1: %2, %3.</translation>
    </message>
    <message>
        <source>The hardware device ID Limpet derives for a slot from the SRK.</source>
        <translation>ID thiết bị phần cứng mà Limpet suy ra cho một khe từ SRK.</translation>
    </message>
    <message>
        <source>slot hwid needs --slot.

%1</source>
        <translation>slot hwid cần --slot.

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
        <translation>Cách dùng: tpm-station-cli slot &lt;command&gt; [tùy chọn]

  list      --tcti T [--json]
  provision --tcti T --slot N --hostname H [--device-id D] --key-file F [--replace]
  sas       --tcti T --slot N [--validity S] [--connection-string]
  destroy   --tcti T --slot N [--db ĐƯỜNG_DẪN --as ID --serial S --reason VĂN_BẢN]
  hwid      --tcti T --slot N
  group-key import --db ĐƯỜNG_DẪN --as ID --product P (--key-file F | --cms-file F --cms-key K)</translation>
    </message>
</context>
<context>
    <name>SlotConflict</name>
    <message>
        <source>%1 persists its DPS identity key at %2 and evicts whatever is there first, and %2 is where Limpet slot %3 keeps its HMAC key.</source>
        <translation>%1 lưu cố định khóa định danh DPS của nó tại %2 và trước đó loại bỏ bất cứ thứ gì đang có ở đó, mà %2 lại là nơi khe Limpet %3 giữ khóa HMAC của nó.</translation>
    </message>
    <message>
        <source>%1 deletes the NV index %2 of Limpet slot %3 before it attests.</source>
        <translation>%1 xóa chỉ mục NV %2 của khe Limpet %3 trước khi chứng thực.</translation>
    </message>
    <message>
        <source>Use another slot, or a device.authKeyIndex other than %1.</source>
        <translation>Hãy dùng khe khác, hoặc một device.authKeyIndex khác %1.</translation>
    </message>
    <message>
        <source>Use a slot from 1 to 9, or the Azure IoT Identity Service with an authKeyIndex that no slot uses.</source>
        <translation>Hãy dùng một khe từ 1 đến 9, hoặc Azure IoT Identity Service với authKeyIndex mà không khe nào dùng.</translation>
    </message>
    <message>
        <source>Limpet slot %1 cannot be combined with DPS TPM attestation by %2: %3 DPS registration would destroy the slot&apos;s credentials. %4</source>
        <translation>Khe Limpet %1 không thể kết hợp với chứng thực TPM của DPS bởi %2: %3 Việc đăng ký DPS sẽ hủy thông tin xác thực của khe. %4</translation>
    </message>
</context>
<context>
    <name>SlotCredentials</name>
    <message>
        <source>The station cannot keep the device&apos;s slot keys: %1 Nothing was shipped; run the step again.</source>
        <translation>Trạm không thể lưu giữ các khóa khe của thiết bị: %1 Chưa giao gì; hãy chạy lại bước này.</translation>
    </message>
    <message>
        <source>The station&apos;s random generator refused to make device keys.</source>
        <translation>Bộ tạo số ngẫu nhiên của trạm từ chối tạo khóa thiết bị.</translation>
    </message>
    <message>
        <source>The credential mode %1 needs the station database to keep the device&apos;s keys, and this station runs without one.</source>
        <translation>Chế độ thông tin xác thực %1 cần cơ sở dữ liệu của trạm để lưu giữ khóa của thiết bị, nhưng trạm này đang chạy không có cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The device&apos;s key could not be imprinted into its TPM slot: %1 Run the step again.</source>
        <translation>Không thể ghi khóa của thiết bị vào khe TPM của nó: %1 Hãy chạy lại bước này.</translation>
    </message>
    <message>
        <source>The slot check needs the station database, and this station runs without one.</source>
        <translation>Việc kiểm tra khe cần cơ sở dữ liệu của trạm, nhưng trạm này đang chạy không có cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>No keys are recorded for slot %1 of this device: the firmware step must imprint the slot again.</source>
        <translation>Không có khóa nào được ghi nhận cho khe %1 của thiết bị này: bước firmware phải ghi lại khe.</translation>
    </message>
    <message>
        <source>The TPM slot cannot be read: %1</source>
        <translation>Không thể đọc khe TPM: %1</translation>
    </message>
    <message>
        <source>The TPM could not compute the device&apos;s SAS token: %1 Send the device back to the firmware step.</source>
        <translation>TPM không thể tính token SAS của thiết bị: %1 Hãy trả thiết bị về bước firmware.</translation>
    </message>
    <message>
        <source>The SAS token the TPM computes from slot %1 does not match the keys recorded for this device: IoT Hub would refuse it. Send the device back to the firmware step.</source>
        <translation>Token SAS mà TPM tính từ khe %1 không khớp với các khóa đã ghi nhận cho thiết bị này: IoT Hub sẽ từ chối nó. Hãy trả thiết bị về bước firmware.</translation>
    </message>
</context>
<context>
    <name>SlotKeyExporter</name>
    <message>
        <source>The key files could not be assembled.</source>
        <translation>Không thể tập hợp các tệp khóa.</translation>
    </message>
    <message>
        <source>Simulated devices are never exported from a production profile.</source>
        <translation>Thiết bị mô phỏng không bao giờ được xuất từ hồ sơ sản xuất.</translation>
    </message>
    <message>
        <source>An output directory and a product are required.</source>
        <translation>Cần có thư mục đầu ra và sản phẩm.</translation>
    </message>
    <message>
        <source>The product&apos;s credential mode &quot;%1&quot; keeps no keys in TPM slots: use the DPS enrollment batch export.</source>
        <translation>Chế độ thông tin xác thực &quot;%1&quot; của sản phẩm không lưu khóa trong khe TPM: hãy dùng chức năng xuất lô đăng ký DPS.</translation>
    </message>
    <message>
        <source>The cloud engineer&apos;s certificate cannot be used: %1</source>
        <translation>Không thể dùng chứng chỉ của kỹ sư đám mây: %1</translation>
    </message>
    <message>
        <source>No device of product %1 that passed QA holds recorded slot keys.</source>
        <translation>Không có thiết bị nào của sản phẩm %1 đã đạt QA mà có khóa khe được ghi nhận.</translation>
    </message>
</context>
<context>
    <name>SlotLineCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>Import a product&apos;s DPS symmetric-key group key, once, by a supervisor. It is stored only encrypted and never shown again.</source>
        <translation>Nhập khóa nhóm khóa đối xứng DPS của một sản phẩm, một lần, do trưởng ca thực hiện. Khóa chỉ được lưu ở dạng mã hóa và không bao giờ hiển thị lại.</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Cơ sở dữ liệu của trạm.</translation>
    </message>
    <message>
        <source>The supervisor (password from STATION_PASSWORD or stdin).</source>
        <translation>Trưởng ca (mật khẩu lấy từ STATION_PASSWORD hoặc stdin).</translation>
    </message>
    <message>
        <source>The product the group key is for.</source>
        <translation>Sản phẩm mà khóa nhóm dành cho.</translation>
    </message>
    <message>
        <source>File holding the base64 group key.</source>
        <translation>Tệp chứa khóa nhóm dạng base64.</translation>
    </message>
    <message>
        <source>CMS EnvelopedData (DER) holding the base64 group key.</source>
        <translation>CMS EnvelopedData (DER) chứa khóa nhóm dạng base64.</translation>
    </message>
    <message>
        <source>Private key that opens --cms-file.</source>
        <translation>Khóa riêng dùng để mở --cms-file.</translation>
    </message>
    <message>
        <source>Why (recorded).</source>
        <translation>Lý do (được ghi lại).</translation>
    </message>
    <message>
        <source>The group key of product %1 is stored encrypted (record %2). It will not be shown again.</source>
        <translation>Khóa nhóm của sản phẩm %1 đã được lưu ở dạng mã hóa (bản ghi %2). Khóa sẽ không được hiển thị lại.</translation>
    </message>
    <message>
        <source>&quot;Remove keys&quot; of a recorded device: destroy its slot, with a supervisor&apos;s electronic signature and a reason.</source>
        <translation>&quot;Xóa khóa&quot; của một thiết bị đã ghi nhận: hủy khe của nó, với chữ ký điện tử của trưởng ca và một lý do.</translation>
    </message>
    <message>
        <source>TCTI of the device&apos;s TPM.</source>
        <translation>TCTI của TPM thiết bị.</translation>
    </message>
    <message>
        <source>Logical slot, 0 to 9.</source>
        <translation>Khe logic, 0 đến 9.</translation>
    </message>
    <message>
        <source>The supervisor signing.</source>
        <translation>Trưởng ca ký.</translation>
    </message>
    <message>
        <source>The device&apos;s serial.</source>
        <translation>Số sê-ri của thiết bị.</translation>
    </message>
    <message>
        <source>Why the keys are removed (required).</source>
        <translation>Lý do xóa khóa (bắt buộc).</translation>
    </message>
    <message>
        <source>--slot must be a whole number from 0 to 9, not &quot;%1&quot;.</source>
        <translation>--slot phải là số nguyên từ 0 đến 9, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>slot destroy with --db needs --as, --serial and --reason.</source>
        <translation>slot destroy với --db cần --as, --serial và --reason.</translation>
    </message>
    <message>
        <source>Slot %1 of device %2 destroyed; signed by %3 (signature %4).</source>
        <translation>Đã hủy khe %1 của thiết bị %2; do %3 ký (chữ ký %4).</translation>
    </message>
    <message>
        <source>Export the slot keys of the devices that passed QA for the cloud engineer: IoT Hub import-devices lines and an az script, encrypted to the cloud engineer&apos;s certificate (or the registration IDs of a DPS group).</source>
        <translation>Xuất khóa khe của các thiết bị đã đạt QA cho kỹ sư đám mây: các dòng import-devices của IoT Hub và một script az, được mã hóa cho chứng chỉ của kỹ sư đám mây (hoặc các ID đăng ký của một nhóm DPS).</translation>
    </message>
    <message>
        <source>Output directory (new or empty).</source>
        <translation>Thư mục đầu ra (mới hoặc trống).</translation>
    </message>
    <message>
        <source>Product profile JSON (its &quot;credentials&quot; section).</source>
        <translation>JSON hồ sơ sản phẩm (phần &quot;credentials&quot; của nó).</translation>
    </message>
    <message>
        <source>Include simulated devices.</source>
        <translation>Bao gồm thiết bị mô phỏng.</translation>
    </message>
    <message>
        <source>The operator exporting.</source>
        <translation>Người vận hành thực hiện việc xuất.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>--db PATH, --out DIR and --profile FILE are required.</source>
        <translation>Cần có --db ĐƯỜNG_DẪN, --out THƯ_MỤC và --profile TỆP.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported to %1.</source>
        <translation>
            <numerusform>Đã xuất %n thiết bị vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group key (base64): </source>
        <translation>Khóa nhóm (base64): </translation>
    </message>
    <message>
        <source>No terminal to type the group key at: use --key-file or --cms-file.</source>
        <translation>Không có terminal để nhập khóa nhóm: hãy dùng --key-file hoặc --cms-file.</translation>
    </message>
    <message>
        <source>The same group key again: </source>
        <translation>Nhập lại cùng khóa nhóm: </translation>
    </message>
    <message>
        <source>The two group keys typed differ. Nothing was stored.</source>
        <translation>Hai khóa nhóm đã nhập khác nhau. Không có gì được lưu.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli slot group-key import --db PATH --as ID --product P [--key-file F | --cms-file F --cms-key K] [--reason TEXT]
Without --key-file or --cms-file the key is typed twice at the terminal.</source>
        <translation>Cách dùng: tpm-station-cli slot group-key import --db ĐƯỜNG_DẪN --as ID --product P [--key-file F | --cms-file F --cms-key K] [--reason VĂN_BẢN]
Không có --key-file hoặc --cms-file thì khóa được nhập hai lần tại terminal.</translation>
    </message>
</context>
<context>
    <name>SqliteEscrowStore</name>
    <message>
        <source>Escrow database: %1</source>
        <translation>Cơ sở dữ liệu lưu ký: %1</translation>
    </message>
    <message>
        <source>An escrow record needs a serial, hierarchies and CMS data.</source>
        <translation>Một bản ghi lưu ký cần có số sê-ri, các phân cấp và dữ liệu CMS.</translation>
    </message>
    <message>
        <source>The station database is open read-only.</source>
        <translation>Cơ sở dữ liệu của trạm đang được mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Escrow record %1 exists already.</source>
        <translation>Bản ghi lưu ký %1 đã tồn tại.</translation>
    </message>
    <message>
        <source>Escrow record %1 in the station database is damaged.</source>
        <translation>Bản ghi lưu ký %1 trong cơ sở dữ liệu của trạm bị hỏng.</translation>
    </message>
    <message>
        <source>No escrow record %1 for serial %2.</source>
        <translation>Không có bản ghi lưu ký %1 cho số sê-ri %2.</translation>
    </message>
    <message>
        <source>Escrow record %1 cannot change from %2 to %3.</source>
        <translation>Bản ghi lưu ký %1 không thể chuyển từ %2 sang %3.</translation>
    </message>
</context>
<context>
    <name>SqliteRunStore</name>
    <message>
        <source>No product profile is selected.</source>
        <translation>Chưa chọn hồ sơ sản phẩm.</translation>
    </message>
    <message>
        <source>Unknown device %1.</source>
        <translation>Thiết bị không xác định %1.</translation>
    </message>
    <message>
        <source>Unknown run.</source>
        <translation>Lượt chạy không xác định.</translation>
    </message>
    <message>
        <source>This TPM&apos;s endorsement key is already registered to device %1. Set the device aside and call the supervisor.</source>
        <translation>Khóa endorsement của TPM này đã được đăng ký cho thiết bị %1. Hãy để riêng thiết bị và gọi trưởng ca.</translation>
    </message>
    <message>
        <source>Rework needs a reason.</source>
        <translation>Làm lại cần có lý do.</translation>
    </message>
    <message>
        <source>There is no device %1 of product %2.</source>
        <translation>Không có thiết bị %1 của sản phẩm %2.</translation>
    </message>
    <message>
        <source>The station key %1 is missing. This database&apos;s audit trail is signed with the key %2; a new key is not created for an existing trail. Restore the key file from its backup.</source>
        <translation>Thiếu khóa của trạm %1. Nhật ký kiểm toán của cơ sở dữ liệu này được ký bằng khóa %2; không tạo khóa mới cho một nhật ký đã có. Hãy khôi phục tệp khóa từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The station key %1 (%2) is not the key this database&apos;s audit trail is signed with (%3).</source>
        <translation>Khóa của trạm %1 (%2) không phải là khóa dùng để ký nhật ký kiểm toán của cơ sở dữ liệu này (%3).</translation>
    </message>
    <message>
        <source>Only %1 can order rework; %2 is %3.</source>
        <translation>Chỉ %1 mới được yêu cầu làm lại; %2 là %3.</translation>
    </message>
</context>
<context>
    <name>SqliteSlotKeyStore</name>
    <message>
        <source>Cannot read the station&apos;s key-encryption key %1: %2</source>
        <translation>Không thể đọc khóa mã hóa khóa của trạm %1: %2</translation>
    </message>
    <message>
        <source>The station&apos;s key-encryption key %1 is damaged (it must hold 32 bytes).</source>
        <translation>Khóa mã hóa khóa của trạm %1 bị hỏng (phải chứa 32 byte).</translation>
    </message>
    <message>
        <source>The random generator refused to make a key-encryption key.</source>
        <translation>Bộ tạo số ngẫu nhiên từ chối tạo khóa mã hóa khóa.</translation>
    </message>
    <message>
        <source>Cannot write the station&apos;s key-encryption key %1: %2</source>
        <translation>Không thể ghi khóa mã hóa khóa của trạm %1: %2</translation>
    </message>
    <message>
        <source>The station database is open read-only.</source>
        <translation>Cơ sở dữ liệu của trạm đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>A slot key record needs a serial, a slot and a key.</source>
        <translation>Bản ghi khóa khe cần số sê-ri, khe và khóa.</translation>
    </message>
    <message>
        <source>No slot key record %1 for serial %2.</source>
        <translation>Không có bản ghi khóa khe %1 cho số sê-ri %2.</translation>
    </message>
    <message>
        <source>Slot key record %1 cannot change from %2 to %3.</source>
        <translation>Bản ghi khóa khe %1 không thể chuyển từ %2 sang %3.</translation>
    </message>
    <message>
        <source>Slot key record %1 is damaged.</source>
        <translation>Bản ghi khóa khe %1 bị hỏng.</translation>
    </message>
    <message>
        <source>The station&apos;s key-encryption key %1 is missing: the stored keys cannot be opened.</source>
        <translation>Thiếu khóa mã hóa khóa của trạm %1: không thể mở các khóa đã lưu.</translation>
    </message>
    <message>
        <source>A stored key is encrypted to another key-encryption key (%1), not this station&apos;s (%2).</source>
        <translation>Một khóa đã lưu được mã hóa cho một khóa mã hóa khóa khác (%1), không phải của trạm này (%2).</translation>
    </message>
    <message>
        <source>No slot key record %1.</source>
        <translation>Không có bản ghi khóa khe %1.</translation>
    </message>
    <message>
        <source>No DPS group key was imported for product %1.</source>
        <translation>Chưa nhập khóa nhóm DPS nào cho sản phẩm %1.</translation>
    </message>
    <message>
        <source>No DPS group key was imported for product %1: a supervisor imports it with &quot;slot group-key import&quot;.</source>
        <translation>Chưa nhập khóa nhóm DPS nào cho sản phẩm %1: trưởng ca nhập khóa bằng &quot;slot group-key import&quot;.</translation>
    </message>
    <message>
        <source>A group key needs the product it belongs to.</source>
        <translation>Khóa nhóm cần có sản phẩm mà nó thuộc về.</translation>
    </message>
    <message>
        <source>A DPS group key has %1 to %2 bytes.</source>
        <translation>Khóa nhóm DPS dài từ %1 đến %2 byte.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Cần có lý do.</translation>
    </message>
    <message>
        <source>The station database records no keys in slot %1 of device %2: nothing to remove.</source>
        <translation>Cơ sở dữ liệu của trạm không ghi nhận khóa nào trong khe %1 của thiết bị %2: không có gì để xóa.</translation>
    </message>
    <message>
        <source>Only %1 may do this (%2); %3 is %4.</source>
        <translation>Chỉ %1 mới được làm việc này (%2); %3 là %4.</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Station database (production mode unless --simulate).</source>
        <translation>Cơ sở dữ liệu của trạm (chế độ sản xuất trừ khi có --simulate).</translation>
    </message>
    <message>
        <source>Product profile, JSON file (production mode unless --simulate).</source>
        <translation>Hồ sơ sản phẩm, tệp JSON (chế độ sản xuất trừ khi có --simulate).</translation>
    </message>
    <message>
        <source>Simulated fleet root.</source>
        <translation>Thư mục gốc của dàn thiết bị mô phỏng.</translation>
    </message>
    <message>
        <source>Simulation: run over N simulated devices (0: production).</source>
        <translation>Mô phỏng: chạy trên N thiết bị mô phỏng (0: sản xuất).</translation>
    </message>
    <message>
        <source>Parallel test sockets (1-8).</source>
        <translation>Số vị trí thử song song (1-8).</translation>
    </message>
    <message>
        <source>TPM Provisioning Station. Without options: the simulated fleet of the embedded default, as `tpm-station-cli run`.</source>
        <translation>TPM Provisioning Station. Không có tùy chọn: dàn thiết bị mô phỏng mặc định tích hợp sẵn, như `tpm-station-cli run`.</translation>
    </message>
    <message>
        <source>Simulation: chosen with --simulate.</source>
        <translation>Mô phỏng: được chọn bằng --simulate.</translation>
    </message>
    <message>
        <source>Production mode: chosen with --simulate 0.</source>
        <translation>Chế độ sản xuất: được chọn bằng --simulate 0.</translation>
    </message>
    <message>
        <source>Production mode: chosen with --db / --profile.</source>
        <translation>Chế độ sản xuất: được chọn bằng --db / --profile.</translation>
    </message>
    <message>
        <source>Production mode: chosen in Settings.</source>
        <translation>Chế độ sản xuất: được chọn trong Cài đặt.</translation>
    </message>
    <message>
        <source>Simulation: the station&apos;s default. Production mode is chosen in Settings or with --db / --profile.</source>
        <translation>Mô phỏng: mặc định của trạm. Chế độ sản xuất được chọn trong Cài đặt hoặc bằng --db / --profile.</translation>
    </message>
</context>
<context>
    <name>StationKeyProtection</name>
    <message>
        <source>The admin&apos;s passphrase must not be empty.</source>
        <translation>Cụm mật khẩu của quản trị viên không được để trống.</translation>
    </message>
    <message>
        <source>The station key %1 is already protected.</source>
        <translation>Khóa của trạm %1 đã được bảo vệ.</translation>
    </message>
    <message>
        <source>Cannot read the station key %1: %2</source>
        <translation>Không thể đọc khóa của trạm %1: %2</translation>
    </message>
    <message>
        <source>Cannot encrypt the station key %1.</source>
        <translation>Không thể mã hóa khóa của trạm %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace the station key %1.</source>
        <translation>Không thể thay thế khóa của trạm %1.</translation>
    </message>
</context>
<context>
    <name>StationRegistry</name>
    <message>
        <source>the station keeps it only in memory during the run that took ownership, and this session did not take ownership of the device (for example after a restart). The escrow can only be opened by the device owner. A supervisor must order rework of this device.</source>
        <translation>trạm chỉ giữ nó trong bộ nhớ trong lượt chạy đã nhận quyền sở hữu, và phiên này không nhận quyền sở hữu thiết bị (ví dụ sau khi khởi động lại). Chỉ chủ sở hữu thiết bị mới mở được bản lưu ký. Trưởng ca phải yêu cầu làm lại thiết bị này.</translation>
    </message>
</context>
<context>
    <name>StationSession</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Không thể tạo thư mục %1.</translation>
    </message>
    <message>
        <source>%1 needs a signed-in operator of the role %2 (--as ID); the product profile does not let the unattended station do it.</source>
        <translation>%1 cần một người vận hành đã đăng nhập có vai trò %2 (--as ID); hồ sơ sản phẩm không cho phép trạm không người trực làm việc này.</translation>
    </message>
    <message>
        <source>%1 needs a signed-in operator of the role %2; %3 is %4.</source>
        <translation>%1 cần một người vận hành đã đăng nhập có vai trò %2; %3 là %4.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>The factory database: a libpq connection string, URI or service=NAME (the password from PGPASSFILE/~/.pgpass or PGPASSWORD, never here).</source>
        <translation>Cơ sở dữ liệu nhà máy: một chuỗi kết nối libpq, URI hoặc service=NAME (mật khẩu lấy từ PGPASSFILE/~/.pgpass hoặc PGPASSWORD, không bao giờ ghi ở đây).</translation>
    </message>
    <message>
        <source>The station database %1 has no outbox yet (schema %2): open it once with this version of the station to queue its records.</source>
        <translation>Cơ sở dữ liệu của trạm %1 chưa có hàng đợi gửi đi outbox (lược đồ %2): hãy mở nó một lần bằng phiên bản trạm này để đưa các bản ghi của nó vào hàng đợi.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) queued for the factory database.</source>
        <translation>
            <numerusform>%n bản ghi đang chờ trong hàng đợi gửi đến cơ sở dữ liệu nhà máy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest queued: %1</source>
        <translation>Thời điểm xếp hàng sớm nhất: %1</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Lần thành công gần nhất: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>Last error (%1): %2</source>
        <translation>Lỗi gần nhất (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with the factory database (see the audit trail).</source>
        <translation>
            <numerusform>%n xung đột với cơ sở dữ liệu nhà máy (xem nhật ký kiểm toán).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) stay queued in the station.</source>
        <translation>
            <numerusform>%n bản ghi vẫn nằm trong hàng đợi tại trạm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent to the factory database %1.</source>
        <translation>
            <numerusform>Đã gửi %n bản ghi đến cơ sở dữ liệu nhà máy %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict: the factory database holds other content for %1 %2 (UUID %3); kept there, recorded here.</source>
        <translation>Xung đột: cơ sở dữ liệu nhà máy đang giữ nội dung khác cho %1 %2 (UUID %3); giữ nguyên ở đó, ghi nhận ở đây.</translation>
    </message>
    <message>
        <source>Show the station&apos;s queue for the factory database.</source>
        <translation>Hiển thị hàng đợi của trạm gửi đến cơ sở dữ liệu nhà máy.</translation>
    </message>
    <message>
        <source>Send the station&apos;s queued records to the factory database once (the line&apos;s relay does it continuously).</source>
        <translation>Gửi các bản ghi trong hàng đợi của trạm đến cơ sở dữ liệu nhà máy một lần (relay của dây chuyền làm việc này liên tục).</translation>
    </message>
    <message>
        <source>Station database.</source>
        <translation>Cơ sở dữ liệu của trạm.</translation>
    </message>
    <message>
        <source>Records per central transaction (default 10000).</source>
        <translation>Số bản ghi mỗi giao dịch trung tâm (mặc định: 10000).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli sync --db PATH --central URL [--json]
       tpm-station-cli sync status --db PATH [--json]</source>
        <translation>Cách dùng: tpm-station-cli sync --db ĐƯỜNG_DẪN --central URL [--json]
           tpm-station-cli sync status --db ĐƯỜNG_DẪN [--json]</translation>
    </message>
    <message>
        <source>sync needs --central: the factory database&apos;s connection string.</source>
        <translation>sync cần --central: chuỗi kết nối của cơ sở dữ liệu nhà máy.</translation>
    </message>
    <message>
        <source>--batch-size takes a number from 1 to 1000000.</source>
        <translation>--batch-size nhận một số từ 1 đến 1000000.</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central init --central URL [--json]</source>
        <translation>Cách dùng: tpm-station-cli central init --central URL [--json]</translation>
    </message>
    <message>
        <source>The factory database %1 already has schema version %2.</source>
        <translation>Cơ sở dữ liệu nhà máy %1 đã có phiên bản lược đồ %2.</translation>
    </message>
    <message>
        <source>The factory database %1 is at schema version %2 (was %3).</source>
        <translation>Cơ sở dữ liệu nhà máy %1 hiện ở phiên bản lược đồ %2 (trước đây là %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) checked, %1 verified.</source>
        <translation>
            <numerusform>Đã kiểm tra %n điểm kiểm tra, %1 đã được xác minh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s) of the factory are not verified.</source>
        <translation>
            <numerusform>%n điểm kiểm tra của nhà máy chưa được xác minh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central pin --central URL --station ID --public-key PUB.pem [--json]</source>
        <translation>Cách dùng: tpm-station-cli central pin --central URL --station ID --public-key PUB.pem [--json]</translation>
    </message>
    <message>
        <source>Pin a station&apos;s checkpoint key in the factory database (the key &apos;tpm-station-cli audit public-key&apos; writes), once per station; needs the factory database&apos;s owner.</source>
        <translation>Ghim khóa điểm kiểm tra của một trạm trong cơ sở dữ liệu nhà máy (khóa mà &apos;tpm-station-cli audit public-key&apos; ghi ra), mỗi trạm một lần; cần chủ sở hữu của cơ sở dữ liệu nhà máy.</translation>
    </message>
    <message>
        <source>The station&apos;s ID.</source>
        <translation>ID của trạm.</translation>
    </message>
    <message>
        <source>The station&apos;s public key (PEM).</source>
        <translation>Khóa công khai của trạm (PEM).</translation>
    </message>
    <message>
        <source>Station %1: checkpoint key %2 pinned.</source>
        <translation>Trạm %1: đã ghim khóa điểm kiểm tra %2.</translation>
    </message>
    <message>
        <source>Verify the signed checkpoints the stations sent to the factory database against their pinned keys and the central chain, and record the verdicts (role tps_verifier).</source>
        <translation>Xác minh các điểm kiểm tra đã ký mà các trạm gửi đến cơ sở dữ liệu nhà máy với khóa đã ghim của chúng và chuỗi trung tâm, rồi ghi lại kết luận (vai trò tps_verifier).</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central verify --central URL [--json]</source>
        <translation>Cách dùng: tpm-station-cli central verify --central URL [--json]</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli central init|pin|verify --central URL … [--json]</source>
        <translation>Cách dùng: tpm-station-cli central init|pin|verify --central URL … [--json]</translation>
    </message>
    <message>
        <source>Create or migrate the factory database&apos;s schema and its roles tps_relay (insert only), tps_auditor (read only), tps_exporter (central exports) and tps_verifier (checkpoint verdicts).</source>
        <translation>Tạo hoặc chuyển đổi lược đồ của cơ sở dữ liệu nhà máy cùng các vai trò tps_relay (chỉ chèn), tps_auditor (chỉ đọc), tps_exporter (xuất tập trung) và tps_verifier (kết luận điểm kiểm tra).</translation>
    </message>
</context>
<context>
    <name>TakeOwnership</name>
    <message>
        <source>This TPM is already owned: its %1 authorization was set by someone else. The station does not force it. A supervisor can clear the TPM (rework) where the platform hierarchy or the escrowed lockout authorization allows.</source>
        <translation>TPM này đã có chủ sở hữu: ủy quyền %1 của nó đã bị người khác đặt. Trạm không ép buộc. Trưởng ca có thể xóa TPM (làm lại) khi phân cấp platform hoặc ủy quyền lockout đã lưu ký cho phép.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>The random generator failed.</source>
        <translation>Bộ sinh số ngẫu nhiên bị lỗi.</translation>
    </message>
    <message>
        <source>The endorsement authorization is set but the owner authorization is not: the station cannot check the EK. Order a rework (clear) of this TPM.</source>
        <translation>Ủy quyền endorsement đã được đặt nhưng ủy quyền chủ sở hữu thì chưa: trạm không thể kiểm tra EK. Hãy yêu cầu làm lại (xóa) TPM này.</translation>
    </message>
    <message>
        <source>The owner authorization is set but no SRK of the Provisioning Guidance template is persisted at 0x81000001. Order a rework (clear) of this TPM.</source>
        <translation>Ủy quyền chủ sở hữu đã được đặt nhưng không có SRK theo mẫu Provisioning Guidance nào được lưu cố định tại 0x81000001. Hãy yêu cầu làm lại (xóa) TPM này.</translation>
    </message>
    <message>
        <source>The owner authorization is set but no EK is persisted at 0x81010001. Order a rework (clear) of this TPM.</source>
        <translation>Ủy quyền chủ sở hữu đã được đặt nhưng không có EK nào được lưu cố định tại 0x81010001. Hãy yêu cầu làm lại (xóa) TPM này.</translation>
    </message>
    <message>
        <source>The EK persisted at 0x81010001 does not match the EK certificate, and the owner authorization is already set. Order a rework (clear) of this TPM.</source>
        <translation>EK lưu cố định tại 0x81010001 không khớp với chứng chỉ EK, và ủy quyền chủ sở hữu đã được đặt. Hãy yêu cầu làm lại (xóa) TPM này.</translation>
    </message>
    <message>
        <source>The escrow record could not be saved; no authorization of the TPM was changed. %1</source>
        <translation>Không thể lưu bản ghi lưu ký; không ủy quyền nào của TPM bị thay đổi. %1</translation>
    </message>
    <message>
        <source>The TPM is owned and its secrets are escrowed, but the escrow record could not be marked applied: %1 Run the step again.</source>
        <translation>TPM đã có chủ sở hữu và các bí mật của nó đã được lưu ký, nhưng không thể đánh dấu bản ghi lưu ký là đã áp dụng: %1 Hãy chạy lại bước này.</translation>
    </message>
    <message>
        <source>TPM2_Clear is disabled on this TPM; only the platform hierarchy can enable it again.</source>
        <translation>TPM2_Clear bị vô hiệu hóa trên TPM này; chỉ phân cấp platform mới có thể bật lại nó.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>TPM installed</source>
        <translation>Đã lắp TPM</translation>
    </message>
    <message>
        <source>EK_pub extracted</source>
        <translation>Đã trích xuất EK_pub</translation>
    </message>
    <message>
        <source>Ownership taken</source>
        <translation>Đã nhận quyền sở hữu</translation>
    </message>
    <message>
        <source>Firmware flashed</source>
        <translation>Đã nạp firmware</translation>
    </message>
    <message>
        <source>QA check</source>
        <translation>Kiểm tra QA</translation>
    </message>
</context>
<context>
    <name>TimingModel</name>
    <message>
        <source>The TPM deadline &quot;%1&quot; is not a command class; use one of %2.</source>
        <translation>Thời hạn TPM &quot;%1&quot; không phải là một lớp lệnh; hãy dùng một trong %2.</translation>
    </message>
    <message>
        <source>The TPM deadline for %1 must be whole milliseconds from 100 to 3,600,000.</source>
        <translation>Thời hạn TPM cho %1 phải là một số nguyên mili giây từ 100 đến 3.600.000.</translation>
    </message>
</context>
<context>
    <name>TpmCommand</name>
    <message>
        <source>Family</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Nhà sản xuất</translation>
    </message>
    <message>
        <source>Vendor string</source>
        <translation>Chuỗi nhà cung cấp</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Đặc tả</translation>
    </message>
    <message>
        <source>level %1, revision %2, %3 day %4</source>
        <translation>mức %1, bản sửa đổi %2, năm %3 ngày thứ %4</translation>
    </message>
    <message>
        <source>NV buffer</source>
        <translation>Bộ đệm NV</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Usage: tpm-station-cli tpm info [--tcti T] [--json]</source>
        <translation>Cách dùng: tpm-station-cli tpm info [--tcti T] [--json]</translation>
    </message>
    <message>
        <source>Identify a TPM: family, manufacturer, vendor strings, firmware.</source>
        <translation>Nhận dạng một TPM: dòng, nhà sản xuất, chuỗi nhà cung cấp, firmware.</translation>
    </message>
    <message>
        <source>TCTI, e.g. swtpm:host=127.0.0.1,port=2321 (default: TPM2TOOLS_TCTI, else device:/dev/tpmrm0).</source>
        <translation>TCTI, ví dụ swtpm:host=127.0.0.1,port=2321 (mặc định: TPM2TOOLS_TCTI, nếu không thì device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Đầu ra dạng máy đọc được.</translation>
    </message>
</context>
<context>
    <name>TpmError</name>
    <message>
        <source>The TPM connection setting is not valid. Ask a supervisor to check the socket&apos;s TCTI configuration.</source>
        <translation>Cài đặt kết nối TPM không hợp lệ. Hãy nhờ trưởng ca kiểm tra cấu hình TCTI của vị trí thử.</translation>
    </message>
    <message>
        <source>No TPM answers at this socket. Check that the device is seated and powered, then scan it again.</source>
        <translation>Không có TPM nào phản hồi tại vị trí thử này. Hãy kiểm tra thiết bị đã được lắp đúng và có nguồn, rồi quét lại.</translation>
    </message>
    <message>
        <source>The TPM stopped answering. Re-seat the device, power-cycle it and scan it again.</source>
        <translation>TPM đã ngừng phản hồi. Hãy lắp lại thiết bị, tắt rồi bật lại nguồn và quét lại.</translation>
    </message>
    <message>
        <source>This device carries a TPM 1.2 or no TPM 2.0 at all. It cannot be provisioned: set it aside for rework.</source>
        <translation>Thiết bị này mang TPM 1.2 hoặc hoàn toàn không có TPM 2.0. Không thể cấp phát: hãy để riêng để làm lại.</translation>
    </message>
    <message>
        <source>The TPM is in failure mode. Power-cycle the device; if it happens again, set the device aside as defective.</source>
        <translation>TPM đang ở chế độ lỗi. Hãy tắt rồi bật lại nguồn thiết bị; nếu lỗi lặp lại, hãy để riêng thiết bị như hàng lỗi.</translation>
    </message>
    <message>
        <source>The connection to the TPM was lost during a command. Check the fixture contacts, re-seat the device and scan it again.</source>
        <translation>Mất kết nối với TPM trong khi thực hiện lệnh. Hãy kiểm tra tiếp điểm của đồ gá, lắp lại thiết bị và quét lại.</translation>
    </message>
    <message>
        <source>The TPM refused the authorization. The device may already be owned: call a supervisor.</source>
        <translation>TPM từ chối ủy quyền. Thiết bị có thể đã có chủ sở hữu: hãy gọi trưởng ca.</translation>
    </message>
    <message>
        <source>The TPM is locked out after too many failed authorizations. Call a supervisor; do not retry.</source>
        <translation>TPM bị khóa sau quá nhiều lần ủy quyền thất bại. Hãy gọi trưởng ca; không thử lại.</translation>
    </message>
    <message>
        <source>The TPM ran out of object memory. Power-cycle the device and scan it again.</source>
        <translation>TPM đã hết bộ nhớ đối tượng. Hãy tắt rồi bật lại nguồn thiết bị và quét lại.</translation>
    </message>
    <message>
        <source>An object the step needs is missing on the TPM.</source>
        <translation>Thiếu trên TPM một đối tượng mà bước này cần.</translation>
    </message>
    <message>
        <source>The TPM does not support what this product requires. Check the product profile.</source>
        <translation>TPM không hỗ trợ những gì sản phẩm này yêu cầu. Hãy kiểm tra hồ sơ sản phẩm.</translation>
    </message>
    <message>
        <source>The TPM command was cancelled.</source>
        <translation>Lệnh TPM đã bị hủy.</translation>
    </message>
    <message>
        <source>The TPM returned an unexpected error (%1). Call a supervisor.</source>
        <translation>TPM trả về lỗi không mong đợi (%1). Hãy gọi trưởng ca.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Slot key database: %1</source>
        <translation>Cơ sở dữ liệu khóa khe: %1</translation>
    </message>
    <message>
        <source>Warning: STATION_PASSWORD is deprecated (other processes of the same user can read it in /proc/PID/environ); give the password with --password-fd N.</source>
        <translation>Cảnh báo: STATION_PASSWORD đã lỗi thời (các tiến trình khác của cùng người dùng có thể đọc nó trong /proc/PID/environ); hãy cung cấp mật khẩu bằng --password-fd N.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>%1 holds no certificate (PEM, DER or PKCS#7 expected).</source>
        <translation>%1 không chứa chứng chỉ nào (cần PEM, DER hoặc PKCS#7).</translation>
    </message>
    <message>
        <source>%1: the root &apos;%2&apos; expired on %3; an expired root is not imported. Ask the TPM vendor for its current root.</source>
        <translation>%1: chứng chỉ gốc &apos;%2&apos; đã hết hạn vào %3; chứng chỉ gốc hết hạn sẽ không được nhập. Hãy yêu cầu nhà cung cấp TPM cung cấp chứng chỉ gốc hiện hành.</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Không có gì được nhập:
%1</translation>
    </message>
    <message>
        <source>Importing into the trust store needs a reason.</source>
        <translation>Nhập vào trust store cần có lý do.</translation>
    </message>
    <message>
        <source>Removing a CA from the trust store needs a reason.</source>
        <translation>Xóa một CA khỏi trust store cần có lý do.</translation>
    </message>
    <message>
        <source>Name the CA by its SHA-256 fingerprint (at least 8 hex digits).</source>
        <translation>Hãy chỉ định CA bằng dấu vân tay SHA-256 của nó (ít nhất 8 chữ số hex).</translation>
    </message>
    <message>
        <source>No CA with fingerprint %1 is in the trust store.</source>
        <translation>Không có CA nào có dấu vân tay %1 trong trust store.</translation>
    </message>
    <message numerus="yes">
        <source>%n CAs in the trust store begin with %1: give more of the fingerprint.</source>
        <translation>
            <numerusform>%n CA trong trust store bắt đầu bằng %1: hãy nhập thêm dấu vân tay.</numerusform>
        </translation>
    </message>
    <message>
        <source>trust store (%1, imported from %2)</source>
        <translation>trust store (%1, nhập từ %2)</translation>
    </message>
</context>
<context>
    <name>UploadResultImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>Which bulk operation is %1 the result of? Name it bulk-NNNN-result.json or give --operation N.</source>
        <translation>%1 là kết quả của thao tác hàng loạt nào? Hãy đặt tên tệp là bulk-NNNN-result.json hoặc dùng --operation N.</translation>
    </message>
    <message>
        <source>The upload result is not a JSON object (%1).</source>
        <translation>Kết quả tải lên không phải là đối tượng JSON (%1).</translation>
    </message>
    <message>
        <source>The upload result has no boolean isSuccessful: not a DPS bulk result.</source>
        <translation>Kết quả tải lên không có trường boolean isSuccessful: không phải kết quả hàng loạt của DPS.</translation>
    </message>
    <message>
        <source>The upload result&apos;s errors is not a list.</source>
        <translation>Trường errors của kết quả tải lên không phải là danh sách.</translation>
    </message>
    <message>
        <source>The bulk operation number must be 1 or more.</source>
        <translation>Số thứ tự thao tác hàng loạt phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>No batch &apos;%1&apos;.</source>
        <translation>Không có lô &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Batch %1 has no bulk operation %2.</source>
        <translation>Lô %1 không có thao tác hàng loạt %2.</translation>
    </message>
    <message>
        <source>An error entry of the upload result has no registrationId.</source>
        <translation>Một mục lỗi của kết quả tải lên không có registrationId.</translation>
    </message>
    <message>
        <source>The upload result names %1, which is not in bulk operation %2 of batch %3.</source>
        <translation>Kết quả tải lên nêu %1, không nằm trong thao tác hàng loạt %2 của lô %3.</translation>
    </message>
    <message>
        <source>The upload result says it failed but names no device: nothing can be marked. Check the operation in the DPS service.</source>
        <translation>Kết quả tải lên báo thất bại nhưng không nêu thiết bị nào: không thể đánh dấu gì. Hãy kiểm tra thao tác trong dịch vụ DPS.</translation>
    </message>
    <message>
        <source>%1 is larger than an upload result can be (%2 KiB); it was not read.</source>
        <translation>%1 lớn hơn kích thước tối đa của một kết quả tải lên (%2 KiB); chưa được đọc.</translation>
    </message>
    <message>
        <source>The result file is not next to its batch&apos;s manifest.json: keep it in the batch&apos;s export directory, or name the batch (--batch UUID).</source>
        <translation>Tệp kết quả không nằm cạnh manifest.json của lô: hãy giữ tệp trong thư mục xuất của lô, hoặc nêu tên lô (--batch UUID).</translation>
    </message>
    <message>
        <source>%1 is not the manifest of a DPS enrollment batch.</source>
        <translation>%1 không phải là bản kê khai của một lô đăng ký DPS.</translation>
    </message>
    <message>
        <source>Batch %1 (its manifest %2) has no bulk operation %3.</source>
        <translation>Lô %1 (bản kê khai %2) không có thao tác hàng loạt %3.</translation>
    </message>
    <message>
        <source>The result file belongs to batch %1 (the manifest next to it), not to batch %2.</source>
        <translation>Tệp kết quả thuộc về lô %1 (bản kê khai nằm cạnh nó), không phải lô %2.</translation>
    </message>
    <message numerus="yes">
        <source>A registration ID in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>Một ID đăng ký trong kết quả tải lên dài hơn %n ký tự.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An error code in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>Một mã lỗi trong kết quả tải lên dài hơn %n ký tự.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An error status in the upload result is longer than %n characters.</source>
        <translation>
            <numerusform>Một trạng thái lỗi trong kết quả tải lên dài hơn %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload result</source>
        <translation>Kết quả tải lên</translation>
    </message>
    <message>
        <source>Which batch is this upload result of? Name the batch (--batch UUID).</source>
        <translation>Kết quả tải lên này thuộc lô nào? Hãy nêu tên lô (--batch UUID).</translation>
    </message>
    <message numerus="yes">
        <source>%n batches are named &apos;%1&apos;: name the batch by its UUID.</source>
        <translation>
            <numerusform>Có %n lô cùng tên &apos;%1&apos;: hãy nêu lô bằng UUID.</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest next to the result file is not the one batch %1 was exported with (its SHA-256 differs).</source>
        <translation>Bản kê khai cạnh tệp kết quả không phải là bản mà lô %1 đã được xuất cùng (SHA-256 khác nhau).</translation>
    </message>
    <message>
        <source>The upload result lists more errors than bulk operation %1 has devices.</source>
        <translation>Kết quả tải lên liệt kê nhiều lỗi hơn số thiết bị của thao tác hàng loạt %1.</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (build với %2)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Git revision</source>
        <translation>Bản sửa đổi git</translation>
    </message>
    <message>
        <source>unknown (not built from a git checkout)</source>
        <translation>không rõ (không được build từ bản checkout git)</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>Ngày build</translation>
    </message>
    <message>
        <source>%1 (as built; the library reports no version at run time)</source>
        <translation>%1 (theo bản build; thư viện không báo phiên bản khi chạy)</translation>
    </message>
</context>
<context>
    <name>ZplLabel</name>
    <message>
        <source>The label printer %1:%2 does not answer: %3</source>
        <translation>Máy in nhãn %1:%2 không phản hồi: %3</translation>
    </message>
    <message>
        <source>Sending the label to %1:%2 failed: %3</source>
        <translation>Gửi nhãn tới %1:%2 thất bại: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>No device with serial %1.</source>
        <translation>Không có thiết bị nào có số sê-ri %1.</translation>
    </message>
    <message>
        <source>Serial %1 exists for several products: choose one with --product.</source>
        <translation>Số sê-ri %1 tồn tại ở nhiều sản phẩm: hãy chọn một sản phẩm bằng --product.</translation>
    </message>
    <message>
        <source>Device %1 has no registration ID yet (step 2 has not passed).</source>
        <translation>Thiết bị %1 chưa có ID đăng ký (bước 2 chưa đạt).</translation>
    </message>
    <message>
        <source>A printer address is tcp://HOST:PORT (e.g. tcp://10.0.0.5:9100), not &apos;%1&apos;.</source>
        <translation>Địa chỉ máy in có dạng tcp://HOST:PORT (ví dụ tcp://10.0.0.5:9100), không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown printer &apos;%1&apos;: use tcp://HOST:PORT or a file.</source>
        <translation>Máy in không xác định &apos;%1&apos;: hãy dùng tcp://HOST:PORT hoặc một tệp.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>Trạm cấp phát TPM</translation>
    </message>
    <message>
        <source>Opening the station database…</source>
        <translation>Đang mở cơ sở dữ liệu của trạm…</translation>
    </message>
    <message>
        <source>Admin passphrase of the station key:</source>
        <translation>Cụm mật khẩu quản trị của khóa trạm:</translation>
    </message>
</context>
<context>
    <name>tps::gui::AboutDialog</name>
    <message>
        <source>About TPM Provisioning Station</source>
        <translation>Giới thiệu TPM Provisioning Station</translation>
    </message>
    <message>
        <source>&lt;b&gt;TPM Provisioning Station&lt;/b&gt;&lt;br&gt;Provisions TPM 2.0 devices on the factory line and keeps a tamper-evident audit trail.</source>
        <translation>&lt;b&gt;TPM Provisioning Station&lt;/b&gt;&lt;br&gt;Cấp phát các thiết bị TPM 2.0 trên dây chuyền sản xuất và lưu giữ nhật ký kiểm toán chống giả mạo.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>Sao chép vào bảng tạm(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ giúp(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TPM Provisioning Station…</source>
        <translation>Giới thiệu TPM Provisioning Station(&amp;A)…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>tps::gui::AuditExportPanel</name>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>Từ (UTC)(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Until (UTC):</source>
        <translation>Đến (UTC)(&amp;U):</translation>
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
        <translation>Báo cáo &amp;PDF</translation>
    </message>
    <message>
        <source>E&amp;xport audit events</source>
        <translation>Xuất sự kiện kiểm toán(&amp;X)</translation>
    </message>
    <message>
        <source>The audit events of a period, a device or a batch, with every field, the chain verdict and the last checkpoint, in a signed folder. Exporting is itself audited.</source>
        <translation>Các sự kiện kiểm toán của một khoảng thời gian, một thiết bị hoặc một lô, với mọi trường, kết luận về chuỗi và điểm kiểm tra cuối cùng, trong một thư mục có chữ ký. Bản thân việc xuất cũng được ghi vào nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>Only this device (optional)</source>
        <translation>Chỉ thiết bị này (tùy chọn)</translation>
    </message>
    <message>
        <source>Device &amp;serial:</source>
        <translation>Số sê-ri thiết bị(&amp;S):</translation>
    </message>
    <message>
        <source>Only this batch and its devices: UUID or name (optional)</source>
        <translation>Chỉ lô này và các thiết bị của nó: UUID hoặc tên (tùy chọn)</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Lô(&amp;B):</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Thư mục mới hoặc trống</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Duyệt(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Thư mục đầu ra(&amp;O):</translation>
    </message>
    <message>
        <source>Output folder for the audit export</source>
        <translation>Thư mục đầu ra cho bản xuất kiểm toán</translation>
    </message>
    <message>
        <source>Sign in first: the export records who made it.</source>
        <translation>Hãy đăng nhập trước: bản xuất ghi lại người đã tạo nó.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Hãy chọn thư mục đầu ra.</translation>
    </message>
    <message>
        <source>Choose at least one format: CSV, JSON or PDF.</source>
        <translation>Hãy chọn ít nhất một định dạng: CSV, JSON hoặc PDF.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Khoảng thời gian kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>Choose a device or a batch, not both.</source>
        <translation>Hãy chọn một thiết bị hoặc một lô, không chọn cả hai.</translation>
    </message>
    <message>
        <source>Exporting and verifying the audit chain…</source>
        <translation>Đang xuất và xác minh chuỗi kiểm toán…</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Đang xác minh chuỗi kiểm toán…</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) written…</source>
        <translation>
            <numerusform>Đã ghi %n sự kiện kiểm toán…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the verification, the report and the signed manifest…</source>
        <translation>Đang ghi kết quả xác minh, báo cáo và bản kê khai đã ký…</translation>
    </message>
    <message>
        <source>The audit export failed; nothing was written: %1</source>
        <translation>Xuất kiểm toán thất bại; chưa ghi gì: %1</translation>
    </message>
    <message>
        <source>Chain intact: %1</source>
        <translation>Chuỗi nguyên vẹn: %1</translation>
    </message>
    <message>
        <source>CHAIN BROKEN: %1</source>
        <translation>CHUỖI BỊ PHÁ VỠ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported</source>
        <translation>
            <numerusform>Đã xuất %n sự kiện kiểm toán</numerusform>
        </translation>
    </message>
    <message>
        <source> (seq %1..%2)</source>
        <translation> (số thứ tự %1..%2)</translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation>Thư mục đầu ra: %1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Manifest signature (CMS): %1</source>
        <translation>Chữ ký bản kê khai (CMS): %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
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
        <translation>Thời gian (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>tps::gui::AuditView</name>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>Xác minh nhật ký kiểm toán(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>Thiết bị(&amp;D):</translation>
    </message>
    <message>
        <source>Serial (empty: every event)</source>
        <translation>Số sê-ri (trống: mọi sự kiện)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Làm mới(&amp;R)</translation>
    </message>
    <message>
        <source>Verify checks every event&apos;s hash chain and the signed checkpoints.</source>
        <translation>Xác minh sẽ kiểm tra chuỗi băm của mọi sự kiện và các điểm kiểm tra đã ký.</translation>
    </message>
    <message>
        <source>Verify could not run: %1</source>
        <translation>Không thể chạy xác minh: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ INTACT — %n event(s) verified; signed checkpoints: %1, the last at event %2 (%3 s).</source>
        <translation>
            <numerusform>✔ NGUYÊN VẸN — đã xác minh %n sự kiện; điểm kiểm tra đã ký: %1, điểm cuối tại sự kiện %2 (%3 giây).</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ TAMPERED — %1 (%2 at event %3)</source>
        <translation>✘ BỊ CAN THIỆP — %1 (%2 tại sự kiện %3)</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Đang xác minh…</translation>
    </message>
</context>
<context>
    <name>tps::gui::DashboardView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Làm mới(&amp;R)</translation>
    </message>
    <message>
        <source>Top failure causes</source>
        <translation>Nguyên nhân lỗi hàng đầu</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Cannot read the station database: %1</source>
        <translation>Không thể đọc cơ sở dữ liệu của trạm: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) completed in the last 24 hours.</source>
        <translation>
            <numerusform>%n thiết bị đã hoàn tất trong 24 giờ qua.</numerusform>
        </translation>
    </message>
    <message>
        <source>First-pass yield (%)</source>
        <translation>Tỷ lệ đạt lần đầu (%)</translation>
    </message>
    <message>
        <source>Step %1 (%2/%3)</source>
        <translation>Bước %1 (%2/%3)</translation>
    </message>
    <message>
        <source>First-pass yield per step</source>
        <translation>Tỷ lệ đạt lần đầu theo bước</translation>
    </message>
    <message>
        <source>Devices completed</source>
        <translation>Thiết bị đã hoàn tất</translation>
    </message>
    <message>
        <source>Throughput per hour (UTC, last 24 h)</source>
        <translation>Sản lượng mỗi giờ (UTC, 24 giờ qua)</translation>
    </message>
    <message>
        <source>No failures recorded.</source>
        <translation>Chưa ghi nhận lỗi nào.</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Trạm này</translation>
    </message>
    <message>
        <source>Factory database (all stations)</source>
        <translation>Cơ sở dữ liệu nhà máy (tất cả các trạm)</translation>
    </message>
    <message>
        <source>Cannot read the factory database: %1</source>
        <translation>Không thể đọc cơ sở dữ liệu nhà máy: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) completed in the last 24 hours at all stations.</source>
        <translation>
            <numerusform>%n thiết bị đã hoàn tất trong 24 giờ qua tại tất cả các trạm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::DeviceDetailDialog</name>
    <message>
        <source>Device detail</source>
        <translation>Chi tiết thiết bị</translation>
    </message>
    <message>
        <source>Step / item</source>
        <translation>Bước / mục</translation>
    </message>
    <message>
        <source>Outcome / value</source>
        <translation>Kết quả / giá trị</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Recorded (UTC)</source>
        <translation>Ghi nhận (UTC)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Thời gian (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Reading the device…</source>
        <translation>Đang đọc thiết bị…</translation>
    </message>
    <message>
        <source>Cannot read the device: %1</source>
        <translation>Không thể đọc thiết bị: %1</translation>
    </message>
    <message>
        <source>The device is not in the database.</source>
        <translation>Thiết bị không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 — product %2 — %3
UUID %4, first seen %5%6</source>
        <translation>%1 — sản phẩm %2 — %3
UUID %4, thấy lần đầu %5%6</translation>
    </message>
    <message>
        <source>SIMULATED device</source>
        <translation>Thiết bị MÔ PHỎNG</translation>
    </message>
    <message>
        <source>production device</source>
        <translation>thiết bị sản xuất</translation>
    </message>
    <message>
        <source>, registration ID %1</source>
        <translation>, ID đăng ký %1</translation>
    </message>
    <message>
        <source>The device&apos;s records cannot be read.</source>
        <translation>Không thể đọc các bản ghi của thiết bị.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>TPM slot</source>
        <translation>Khe TPM</translation>
    </message>
    <message>
        <source>NV index</source>
        <translation>Chỉ mục NV</translation>
    </message>
    <message>
        <source>Key handle</source>
        <translation>Handle khóa</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Tên máy chủ</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>ID thiết bị</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>TPM slots</source>
        <translation>Các khe TPM</translation>
    </message>
    <message>
        <source>%1 (attempt %2%3)</source>
        <translation>%1 (lần thử %2%3)</translation>
    </message>
    <message>
        <source>, re-check</source>
        <translation>, kiểm tra lại</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>measurement, verdict %1</source>
        <translation>phép đo, kết luận %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>artifact %1, SHA-256 %2</source>
        <translation>tệp kết quả %1, SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>tps::gui::DevicesModel</name>
    <message>
        <source>SIMULATED</source>
        <translation>MÔ PHỎNG</translation>
    </message>
    <message>
        <source>production</source>
        <translation>sản xuất</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Product / batch</source>
        <translation>Sản phẩm / lô</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>Thấy lần đầu (UTC)</translation>
    </message>
</context>
<context>
    <name>tps::gui::DevicesView</name>
    <message>
        <source>Serial contains…</source>
        <translation>Số sê-ri chứa…</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Product / batch</source>
        <translation>Sản phẩm / lô</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>ngày bất kỳ</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>Số sê-ri(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Từ(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Đến(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Áp dụng(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>Nhãn(&amp;L)…</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) loaded%1</source>
        <translation>
            <numerusform>Đã tải %n thiết bị%1</numerusform>
        </translation>
    </message>
    <message>
        <source> — scroll for more</source>
        <translation> — cuộn để xem thêm</translation>
    </message>
    <message>
        <source>Cannot read the devices: %1</source>
        <translation>Không thể đọc danh sách thiết bị: %1</translation>
    </message>
</context>
<context>
    <name>tps::gui::DpsExportWizard</name>
    <message>
        <source>DPS enrollment batch — options</source>
        <translation>Lô đăng ký DPS — tùy chọn</translation>
    </message>
    <message>
        <source>The devices that passed QA go into a signed batch of DPS bulk enrollment files for upload from outside the factory.</source>
        <translation>Các thiết bị đã đạt QA được đưa vào một lô tệp đăng ký hàng loạt DPS có chữ ký, để tải lên từ bên ngoài nhà máy.</translation>
    </message>
    <message>
        <source>batch-&lt;UTC time&gt; when empty</source>
        <translation>batch-&lt;giờ UTC&gt; khi để trống</translation>
    </message>
    <message>
        <source>Batch na&amp;me:</source>
        <translation>Tên lô(&amp;M):</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Thư mục mới hoặc trống</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Duyệt(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Thư mục đầu ra(&amp;O):</translation>
    </message>
    <message>
        <source>Output folder for the DPS batch</source>
        <translation>Thư mục đầu ra cho lô DPS</translation>
    </message>
    <message>
        <source>DPS enrollment batch — what will be exported</source>
        <translation>Lô đăng ký DPS — nội dung sẽ được xuất</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>Bắt đầu xuất(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>Sản phẩm(&amp;P):</translation>
    </message>
    <message>
        <source>DPS enrollment batch — export</source>
        <translation>Lô đăng ký DPS — xuất</translation>
    </message>
    <message>
        <source>&amp;New batch</source>
        <translation>Lô mới(&amp;N)</translation>
    </message>
    <message>
        <source>Allow &amp;simulated devices</source>
        <translation>Cho phép thiết bị mô phỏng(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Re-export devices already in a batch</source>
        <translation>Xuất lại các thiết bị đã có trong lô(&amp;R)</translation>
    </message>
    <message>
        <source>WARNING: SIMULATED devices will be exported. The files mark them (the tag and the CSV column &quot;simulated&quot;, the manifest&apos;s batch) — such a batch must never be uploaded to a production DPS.</source>
        <translation>CẢNH BÁO: các thiết bị MÔ PHỎNG sẽ được xuất. Các tệp đánh dấu chúng (thẻ và cột CSV &quot;simulated&quot;, lô trong bản kê khai) — lô như vậy tuyệt đối không được tải lên DPS sản xuất.</translation>
    </message>
    <message>
        <source>Sign in first: the batch records who exported it.</source>
        <translation>Hãy đăng nhập trước: lô ghi lại người đã xuất nó.</translation>
    </message>
    <message>
        <source>The product profile is a production profile: simulated devices are never exported from it.</source>
        <translation>Hồ sơ sản phẩm là hồ sơ sản xuất: thiết bị mô phỏng không bao giờ được xuất từ hồ sơ này.</translation>
    </message>
    <message>
        <source>The product profile&apos;s DPS settings are not valid: %1</source>
        <translation>Cài đặt DPS của hồ sơ sản phẩm không hợp lệ: %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 là tệp, không phải thư mục.</translation>
    </message>
    <message>
        <source>The output folder %1 is not empty: choose a new or empty folder.</source>
        <translation>Thư mục đầu ra %1 không trống: hãy chọn thư mục mới hoặc trống.</translation>
    </message>
    <message>
        <source>A batch name is one line of at most 128 characters.</source>
        <translation>Tên lô là một dòng dài tối đa 128 ký tự.</translation>
    </message>
    <message>
        <source>Counting the devices that passed QA…</source>
        <translation>Đang đếm các thiết bị đã đạt QA…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n device(s))</source>
        <translation>
            <numerusform>%1 (%n thiết bị)</numerusform>
        </translation>
    </message>
    <message>
        <source>The devices cannot be counted: %1</source>
        <translation>Không thể đếm thiết bị: %1</translation>
    </message>
    <message>
        <source>No device that passed QA is waiting for a batch: nothing to export.</source>
        <translation>Không có thiết bị nào đã đạt QA đang chờ vào lô: không có gì để xuất.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) of product %1 will be exported into %2.</source>
        <translation>
            <numerusform>%n thiết bị của sản phẩm %1 sẽ được xuất vào %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated devices are included, marked &quot;simulated&quot; in the files.</source>
        <translation>Có bao gồm thiết bị mô phỏng, được đánh dấu &quot;simulated&quot; trong các tệp.</translation>
    </message>
    <message>
        <source>Simulated devices are left out.</source>
        <translation>Thiết bị mô phỏng bị loại ra.</translation>
    </message>
    <message numerus="yes">
        <source>Devices of %n product(s) are waiting: one batch holds one product.</source>
        <translation>
            <numerusform>Thiết bị của %n sản phẩm đang chờ: mỗi lô chỉ chứa một sản phẩm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) stay out (simulated devices not allowed).</source>
        <translation>
            <numerusform>%n thiết bị mô phỏng bị loại ra (không cho phép thiết bị mô phỏng).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) already in a batch stay out (no re-export).</source>
        <translation>
            <numerusform>%n thiết bị đã có trong lô bị loại ra (không xuất lại).</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices whose EK DPS cannot take (e.g. ECC) are left out and listed.</source>
        <translation>Các thiết bị có EK mà DPS không chấp nhận (ví dụ ECC) bị loại ra và được liệt kê.</translation>
    </message>
    <message>
        <source>Exporting… the station stays usable meanwhile.</source>
        <translation>Đang xuất… trong lúc này trạm vẫn dùng được.</translation>
    </message>
    <message>
        <source>The export failed. Nothing was recorded and no batch was made.</source>
        <translation>Xuất thất bại. Không ghi nhận gì và không tạo lô nào.</translation>
    </message>
    <message>
        <source>Batch exported — it holds SIMULATED devices.</source>
        <translation>Đã xuất lô — lô chứa thiết bị MÔ PHỎNG.</translation>
    </message>
    <message>
        <source>Batch exported.</source>
        <translation>Đã xuất lô.</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Lô: %1</translation>
    </message>
    <message>
        <source>Batch UUID: %1</source>
        <translation>UUID của lô: %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Sản phẩm: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) exported</source>
        <translation>
            <numerusform>Đã xuất %n thiết bị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bulk operation(s) (at most 10 enrollments each)</source>
        <translation>
            <numerusform>%n thao tác hàng loạt (tối đa 10 bản đăng ký mỗi thao tác)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) left out:</source>
        <translation>
            <numerusform>Đã bỏ qua %n thiết bị:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) left out.</source>
        <translation>
            <numerusform>Đã bỏ qua %n thiết bị mô phỏng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Output folder: %1</source>
        <translation>Thư mục đầu ra: %1</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Bản kê khai: %1</translation>
    </message>
    <message>
        <source>Manifest signature (CMS): %1</source>
        <translation>Chữ ký bản kê khai (CMS): %1</translation>
    </message>
    <message>
        <source>Signing certificate SHA-256: %1</source>
        <translation>SHA-256 của chứng chỉ ký: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) written…</source>
        <translation>
            <numerusform>Đã ghi %1 trên %n thiết bị…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::ExportsPage</name>
    <message>
        <source>&amp;DPS enrollment batch</source>
        <translation>Lô đăng ký &amp;DPS</translation>
    </message>
    <message>
        <source>&amp;Audit export</source>
        <translation>Xuất kiểm toán(&amp;A)</translation>
    </message>
    <message>
        <source>Up&amp;load result</source>
        <translation>Kết quả tải lên(&amp;L)</translation>
    </message>
    <message>
        <source>DPS enrollment batches and upload results are made by supervisors and administrators.</source>
        <translation>Lô đăng ký DPS và kết quả tải lên do trưởng ca và quản trị viên thực hiện.</translation>
    </message>
</context>
<context>
    <name>tps::gui::FirstRunDialog</name>
    <message>
        <source>Welcome — set up this station</source>
        <translation>Chào mừng — thiết lập trạm này</translation>
    </message>
    <message>
        <source>This station has no operator yet. Create its first administrator: they sign in at once and can add the other operators later (tpm-station-cli operator add).</source>
        <translation>Trạm này chưa có người vận hành nào. Hãy tạo quản trị viên đầu tiên: người này đăng nhập ngay và có thể thêm những người vận hành khác sau (tpm-station-cli operator add).</translation>
    </message>
    <message>
        <source>Operator &amp;ID:</source>
        <translation>ID người vận hành(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Họ và tên(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>Mật khẩu hoặc PIN(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;assword again:</source>
        <translation>Nhập lại mật khẩu(&amp;A):</translation>
    </message>
    <message>
        <source>Letters, digits, . _ - (up to 64)</source>
        <translation>Chữ cái, chữ số, . _ - (tối đa 64)</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Ít nhất %n ký tự</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Đang tạo…</translation>
    </message>
    <message>
        <source>&amp;Create administrator and sign in</source>
        <translation>Tạo quản trị viên và đăng nhập(&amp;C)</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Hai mật khẩu khác nhau. Hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation>Đang tạo quản trị viên…</translation>
    </message>
</context>
<context>
    <name>tps::gui::FleetModel</name>
    <message>
        <source> (simulated)</source>
        <translation> (mô phỏng)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Identifying…</source>
        <translation>Đang nhận dạng…</translation>
    </message>
    <message>
        <source>TPM %1</source>
        <translation>TPM %1</translation>
    </message>
    <message>
        <source>rev %1, %2</source>
        <translation>bản sửa đổi %1, %2</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>TCTI</source>
        <translation>TCTI</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Nhà sản xuất</translation>
    </message>
    <message>
        <source>Vendor string</source>
        <translation>Chuỗi nhà cung cấp</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Đặc tả</translation>
    </message>
    <message>
        <source>NV buffer</source>
        <translation>Bộ đệm NV</translation>
    </message>
</context>
<context>
    <name>tps::gui::FleetWorker</name>
    <message>
        <source>Preparing the simulated fleet in %1…</source>
        <translation>Đang chuẩn bị dàn thiết bị mô phỏng trong %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n simulated device(s) ready.</source>
        <translation>
            <numerusform>%n thiết bị mô phỏng đã sẵn sàng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::LabelPreviewDialog</name>
    <message>
        <source>The label preview cannot be drawn.</source>
        <translation>Không thể vẽ bản xem trước nhãn.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>In(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save PNG…</source>
        <translation>Lưu PNG(&amp;S)…</translation>
    </message>
    <message>
        <source>Label — %1</source>
        <translation>Nhãn — %1</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Thiết bị %1</translation>
    </message>
    <message>
        <source>Reading the label…</source>
        <translation>Đang đọc nhãn…</translation>
    </message>
    <message>
        <source>No label printer is configured (Settings → Label printer address).</source>
        <translation>Chưa cấu hình máy in nhãn (Cài đặt → Địa chỉ máy in nhãn).</translation>
    </message>
    <message>
        <source>Send the label to %1</source>
        <translation>Gửi nhãn tới %1</translation>
    </message>
    <message>
        <source>Save the label preview</source>
        <translation>Lưu bản xem trước nhãn</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Label of %1 sent to %2.</source>
        <translation>Đã gửi nhãn của %1 tới %2.</translation>
    </message>
    <message>
        <source>The label was not printed: %1</source>
        <translation>Nhãn chưa được in: %1</translation>
    </message>
    <message>
        <source>No label: %1</source>
        <translation>Không có nhãn: %1</translation>
    </message>
    <message>
        <source>Registration ID %1. No label printer is configured: set its address in Settings.</source>
        <translation>ID đăng ký %1. Chưa cấu hình máy in nhãn: hãy đặt địa chỉ máy in trong Cài đặt.</translation>
    </message>
    <message>
        <source>Registration ID %1. Printer: %2</source>
        <translation>ID đăng ký %1. Máy in: %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <source>No label to save.</source>
        <translation>Không có nhãn để lưu.</translation>
    </message>
    <message>
        <source>Preview saved to %1.</source>
        <translation>Đã lưu bản xem trước vào %1.</translation>
    </message>
</context>
<context>
    <name>tps::gui::LanguageChooser</name>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
</context>
<context>
    <name>tps::gui::LoginDialog</name>
    <message>
        <source>Sign i&amp;n</source>
        <translation>Đăng nhập(&amp;N)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>Trạm cấp phát TPM</translation>
    </message>
    <message>
        <source>SIMULATION STATION — simulated devices only</source>
        <translation>TRẠM MÔ PHỎNG — chỉ thiết bị mô phỏng</translation>
    </message>
    <message>
        <source>Scan your badge or type your operator ID</source>
        <translation>Quét thẻ của bạn hoặc nhập ID người vận hành</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>Mã PIN hoặc mật khẩu</translation>
    </message>
    <message>
        <source>Operator &amp;ID:</source>
        <translation>ID người vận hành(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;PIN / password:</source>
        <translation>Mã PIN / mật khẩu(&amp;P):</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Enter your operator ID and your PIN or password.</source>
        <translation>Hãy nhập ID người vận hành và mã PIN hoặc mật khẩu của bạn.</translation>
    </message>
</context>
<context>
    <name>tps::gui::MainWindow</name>
    <message>
        <source>TPM Provisioning Station — SIMULATION</source>
        <translation>Trạm cấp phát TPM — MÔ PHỎNG</translation>
    </message>
    <message>
        <source>TPM Provisioning Station</source>
        <translation>Trạm cấp phát TPM</translation>
    </message>
    <message>
        <source>SIMULATION — simulated TPMs, not production parts. Nothing made here may ship.</source>
        <translation>MÔ PHỎNG — TPM mô phỏng, không phải linh kiện sản xuất. Không sản phẩm nào làm ở đây được phép xuất xưởng.</translation>
    </message>
    <message>
        <source>The station database cannot be opened: %1</source>
        <translation>Không thể mở cơ sở dữ liệu của trạm: %1</translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation>Trạm(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Lock / sign out</source>
        <translation>Khóa / đăng xuất(&amp;L)</translation>
    </message>
    <message>
        <source>Large type / &amp;high contrast</source>
        <translation>Chữ lớn / tương phản cao(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Thoát(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity. Sign in again.</source>
        <translation>
            <numerusform>Đã khóa sau %n phút không hoạt động. Hãy đăng nhập lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulated fleet: %1</source>
        <translation>Dàn thiết bị mô phỏng: %1</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Rework / override</source>
        <translation>Làm lại / phê duyệt</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký kiểm toán</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Simulated fleet</source>
        <translation>Dàn thiết bị mô phỏng</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) — %3</source>
        <translation>Đã đăng nhập: %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Đã đăng xuất</translation>
    </message>
    <message>
        <source>Guided &amp;tour of the simulation</source>
        <translation>Hướng dẫn tham quan mô phỏng(&amp;T)</translation>
    </message>
    <message>
        <source>Simulation &amp;kit: profile and what is simulated…</source>
        <translation>Bộ mô phỏng: hồ sơ và những gì được mô phỏng(&amp;K)…</translation>
    </message>
    <message>
        <source>The language cannot change while a device is running. Wait until every socket has finished, then choose it again.</source>
        <translation>Không thể đổi ngôn ngữ khi có thiết bị đang chạy. Hãy đợi đến khi mọi vị trí thử đã xong, rồi chọn lại.</translation>
    </message>
    <message>
        <source>Station &amp;mode at start:</source>
        <translation>Chế độ trạm khi khởi động(&amp;M):</translation>
    </message>
    <message>
        <source>Lang&amp;uage (yours and this station&apos;s):</source>
        <translation>Ngôn ngữ (của bạn và của trạm này)(&amp;U):</translation>
    </message>
    <message>
        <source>TPM supply</source>
        <translation>Nguồn cung TPM</translation>
    </message>
    <message>
        <source>%1: %2 The station runs no device until the profile is corrected.</source>
        <translation>%1: %2 Trạm sẽ không chạy thiết bị nào cho đến khi hồ sơ được sửa.</translation>
    </message>
    <message>
        <source>The sign-out could not be recorded: %1</source>
        <translation>Không thể ghi nhận việc đăng xuất: %1</translation>
    </message>
    <message>
        <source>Factory database: %1</source>
        <translation>Cơ sở dữ liệu nhà máy: %1</translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) queued. Last error (%1): %2</source>
        <translation>
            <numerusform>Cơ sở dữ liệu nhà máy: %n bản ghi đang chờ. Lỗi gần nhất (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Factory database: connecting to %1…</source>
        <translation>Cơ sở dữ liệu nhà máy: đang kết nối tới %1…</translation>
    </message>
    <message numerus="yes">
        <source>Factory database: %n record(s) queued, last sent %1</source>
        <translation>
            <numerusform>Cơ sở dữ liệu nhà máy: %n bản ghi đang chờ, lần gửi gần nhất %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::ReworkDialog</name>
    <message>
        <source>Sign and &amp;order rework</source>
        <translation>Ký và yêu cầu làm lại(&amp;O)</translation>
    </message>
    <message>
        <source>Release a device that exhausted its retries for rework. Your electronic signature (ID and password) is recorded with its meaning, the time and your reason, and binds you like a handwritten signature.</source>
        <translation>Cho phép làm lại một thiết bị đã dùng hết số lần thử lại. Chữ ký điện tử của bạn (ID và mật khẩu) được ghi lại cùng ý nghĩa, thời gian và lý do của bạn, và ràng buộc bạn như một chữ ký tay.</translation>
    </message>
    <message>
        <source>Device &amp;serial:</source>
        <translation>Số sê-ri thiết bị(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>Sản phẩm(&amp;P):</translation>
    </message>
    <message>
        <source>rework approved</source>
        <translation>phê duyệt làm lại</translation>
    </message>
    <message>
        <source>Meaning of the signature:</source>
        <translation>Ý nghĩa của chữ ký:</translation>
    </message>
    <message>
        <source>Why the device may be worked again (required)</source>
        <translation>Lý do thiết bị được phép xử lý lại (bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Lý do(&amp;R):</translation>
    </message>
    <message>
        <source>Supervisor &amp;ID:</source>
        <translation>ID trưởng ca(&amp;I):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật khẩu(&amp;W):</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Enter the serial of the device to rework.</source>
        <translation>Hãy nhập số sê-ri của thiết bị cần làm lại.</translation>
    </message>
    <message>
        <source>A reason is required for every rework.</source>
        <translation>Mỗi lần làm lại đều cần có lý do.</translation>
    </message>
    <message>
        <source>Sign with your supervisor ID and password.</source>
        <translation>Hãy ký bằng ID và mật khẩu trưởng ca của bạn.</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Đang kiểm tra chữ ký…</translation>
    </message>
    <message>
        <source>✔ Rework of %1 ordered and signed by %2.</source>
        <translation>✔ Việc làm lại %1 đã được %2 yêu cầu và ký.</translation>
    </message>
    <message>
        <source>The step that failed</source>
        <translation>Bước đã thất bại</translation>
    </message>
    <message>
        <source>Ownership taken — the TPM was cleared</source>
        <translation>Đã nhận quyền sở hữu — TPM đã bị xóa</translation>
    </message>
    <message>
        <source>A device owned under the earlier rule (owner authorization set) is cleared first with the escrowed lockout authorization (tpm-station-cli ownership clear --lockout-key); it then runs again from the ownership step.</source>
        <translation>Thiết bị được nhận quyền sở hữu theo quy tắc cũ (đã đặt ủy quyền chủ sở hữu) trước tiên được xóa bằng ủy quyền lockout đã lưu ký (tpm-station-cli ownership clear --lockout-key); sau đó chạy lại từ bước nhận quyền sở hữu.</translation>
    </message>
    <message>
        <source>Run &amp;again from:</source>
        <translation>Chạy lại từ(&amp;A):</translation>
    </message>
</context>
<context>
    <name>tps::gui::SettingsDialog</name>
    <message>
        <source>Production profile (refuses simulated devices and shortcuts)</source>
        <translation>Hồ sơ sản xuất (từ chối thiết bị mô phỏng và lối tắt)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Product profile: %1</source>
        <translation>Hồ sơ sản phẩm: %1</translation>
    </message>
    <message>
        <source>(none — start the station with --profile FILE)</source>
        <translation>(không có — hãy khởi động trạm với --profile TỆP)</translation>
    </message>
    <message>
        <source>Product &amp;ID:</source>
        <translation>ID sản phẩm(&amp;I):</translation>
    </message>
    <message>
        <source>Product &amp;name:</source>
        <translation>Tên sản phẩm(&amp;N):</translation>
    </message>
    <message>
        <source>Failed attempts before re&amp;work:</source>
        <translation>Số lần lỗi trước khi làm lại(&amp;W):</translation>
    </message>
    <message>
        <source>Trusted TPM manufacturer &amp;roots:</source>
        <translation>CA gốc tin cậy của nhà sản xuất TPM(&amp;R):</translation>
    </message>
    <message>
        <source>Directory of the manufacturers&apos; root certificates</source>
        <translation>Thư mục chứa chứng chỉ gốc của các nhà sản xuất</translation>
    </message>
    <message>
        <source>&amp;Escrow certificate:</source>
        <translation>Chứng chỉ lưu ký(&amp;E):</translation>
    </message>
    <message>
        <source>The device owner&apos;s X.509 certificate (PEM)</source>
        <translation>Chứng chỉ X.509 của chủ sở hữu thiết bị (PEM)</translation>
    </message>
    <message>
        <source>&amp;Firmware catalog:</source>
        <translation>Danh mục firmware(&amp;F):</translation>
    </message>
    <message>
        <source>Directory of signed releases</source>
        <translation>Thư mục chứa các bản phát hành đã ký</translation>
    </message>
    <message>
        <source>Firmware signing public keys (PEM files), one per line</source>
        <translation>Khóa công khai ký firmware (tệp PEM), mỗi dòng một khóa</translation>
    </message>
    <message>
        <source>Firmware si&amp;gning keys:</source>
        <translation>Khóa ký firmware(&amp;G):</translation>
    </message>
    <message>
        <source>DPS ID s&amp;cope:</source>
        <translation>Phạm vi ID DPS(&amp;C):</translation>
    </message>
    <message>
        <source>DPS / IoT hub end&amp;point:</source>
        <translation>Điểm cuối DPS / IoT hub(&amp;P):</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Trạm này</translation>
    </message>
    <message>
        <source>Socket %1 TCTI:</source>
        <translation>TCTI của vị trí thử %1:</translation>
    </message>
    <message>
        <source>&amp;Label printer:</source>
        <translation>Máy in nhãn(&amp;L):</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Tên máy in</translation>
    </message>
    <message>
        <source>Label printer &amp;address:</source>
        <translation>Địa chỉ máy in nhãn(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Lưu cài đặt(&amp;S)</translation>
    </message>
    <message>
        <source>Station settings saved. No product profile file is open: start the station with --profile FILE to edit it.</source>
        <translation>Đã lưu cài đặt trạm. Chưa mở tệp hồ sơ sản phẩm nào: hãy khởi động trạm với --profile TỆP để chỉnh sửa nó.</translation>
    </message>
    <message>
        <source>Cannot write the product profile %1: %2</source>
        <translation>Không thể ghi hồ sơ sản phẩm %1: %2</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>The product ID may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, starting with a letter or digit (64 at most).</source>
        <translation>ID sản phẩm chỉ được chứa chữ cái, chữ số, &apos;.&apos;, &apos;_&apos; và &apos;-&apos;, bắt đầu bằng chữ cái hoặc chữ số (tối đa 64).</translation>
    </message>
    <message>
        <source>Factory data&amp;base:</source>
        <translation>Cơ sở dữ liệu nhà máy (&amp;B):</translation>
    </message>
    <message>
        <source>libpq connection string of the factory database (no password: it comes from ~/.pgpass, PGPASSFILE or PGPASSWORD). Used from the next start.</source>
        <translation>Chuỗi kết nối libpq của cơ sở dữ liệu nhà máy (không có mật khẩu: mật khẩu lấy từ ~/.pgpass, PGPASSFILE hoặc PGPASSWORD). Áp dụng từ lần khởi động sau.</translation>
    </message>
</context>
<context>
    <name>tps::gui::SimulationInfoDialog</name>
    <message>
        <source>Simulation kit</source>
        <translation>Bộ mô phỏng</translation>
    </message>
    <message>
        <source>Product profile (JSON):</source>
        <translation>Hồ sơ sản phẩm (JSON):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Product:&lt;/b&gt; %1 (%2), %3</source>
        <translation>&lt;b&gt;Sản phẩm:&lt;/b&gt; %1 (%2), %3</translation>
    </message>
    <message>
        <source>production profile</source>
        <translation>hồ sơ sản xuất</translation>
    </message>
    <message>
        <source>not a production profile</source>
        <translation>không phải hồ sơ sản xuất</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Simulated fleet:&lt;/b&gt; %n device(s) in %1</source>
        <translation>
            <numerusform>&lt;b&gt;Dàn thiết bị mô phỏng:&lt;/b&gt; %n thiết bị trong %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;EK certificates&lt;/b&gt; chain to the fleet&apos;s own CA: %1</source>
        <translation>&lt;b&gt;Chứng chỉ EK&lt;/b&gt; được xâu chuỗi tới CA riêng của dàn thiết bị: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Escrow certificate&lt;/b&gt; (the simulated customer): %1</source>
        <translation>&lt;b&gt;Chứng chỉ lưu ký&lt;/b&gt; (khách hàng mô phỏng): %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firmware catalog:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Danh mục firmware:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;DPS ID scope:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Phạm vi ID DPS:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated:&lt;/b&gt; the TPMs (swtpm processes, one per device), their EK certificates (issued by the fleet&apos;s CA, trusted for simulated devices only), the firmware programmer (writes flash.bin), the customer&apos;s escrow key pair and the firmware-signing key. Devices made here are marked SIMULATED and are never accepted by a production profile.</source>
        <translation>&lt;b&gt;Mô phỏng:&lt;/b&gt; các TPM (tiến trình swtpm, mỗi thiết bị một tiến trình), chứng chỉ EK của chúng (do CA của dàn thiết bị cấp, chỉ được tin cậy cho thiết bị mô phỏng), bộ nạp firmware (ghi flash.bin), cặp khóa lưu ký của khách hàng và khóa ký firmware. Thiết bị làm ra ở đây được đánh dấu SIMULATED và không bao giờ được hồ sơ sản xuất chấp nhận.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Real:&lt;/b&gt; the station software, every TPM command it sends, the database and its audit trail, and the exports — exactly as on a production line.</source>
        <translation>&lt;b&gt;Thật:&lt;/b&gt; phần mềm của trạm, mọi lệnh TPM mà nó gửi, cơ sở dữ liệu và nhật ký kiểm toán của nó, và các bản xuất — đúng như trên một dây chuyền sản xuất.</translation>
    </message>
    <message>
        <source>The simulated fleet is not ready yet: its profile file is written once it is.</source>
        <translation>Dàn thiết bị mô phỏng chưa sẵn sàng: tệp hồ sơ của nó sẽ được ghi khi sẵn sàng.</translation>
    </message>
    <message>
        <source>Cannot write the profile file %1: %2</source>
        <translation>Không thể ghi tệp hồ sơ %1: %2</translation>
    </message>
</context>
<context>
    <name>tps::gui::SocketPanel</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>Xác nhận(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>Từ chối(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Socket %1 — empty</source>
        <translation>Vị trí thử %1 — trống</translation>
    </message>
    <message>
        <source>Scan the next device.</source>
        <translation>Hãy quét thiết bị tiếp theo.</translation>
    </message>
    <message>
        <source>Stop this socket&apos;s device at the next TPM command (what was committed stays).</source>
        <translation>Dừng thiết bị của vị trí thử này ở lệnh TPM tiếp theo (những gì đã ghi nhận vẫn được giữ).</translation>
    </message>
    <message>
        <source>Working on %1 — leave the device in socket %2.</source>
        <translation>Đang xử lý %1 — hãy để nguyên thiết bị trong vị trí thử %2.</translation>
    </message>
    <message>
        <source>Confirm (&amp;%1)</source>
        <translation>Xác nhận (&amp;%1)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Socket %1 — %2%3</source>
        <translation>Vị trí thử %1 — %2%3</translation>
    </message>
    <message>
        <source> (SIMULATED)</source>
        <translation> (MÔ PHỎNG)</translation>
    </message>
    <message>
        <source>Cancelling — wait for the current TPM command to end.</source>
        <translation>Đang hủy — hãy đợi lệnh TPM hiện tại kết thúc.</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ ĐẠT</translation>
    </message>
    <message>
        <source>%1 is provisioned: take it out.</source>
        <translation>%1 đã được cấp phát: hãy lấy thiết bị ra.</translation>
    </message>
    <message>
        <source>■ CANCELLED</source>
        <translation>■ ĐÃ HỦY</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ KHÔNG ĐẠT</translation>
    </message>
    <message>
        <source> (SIMULATED, %1 TPM timing simulated)</source>
        <translation> (MÔ PHỎNG, mô phỏng thời gian TPM %1)</translation>
    </message>
    <message>
        <source>The TPM is generating a key (this can take up to a minute) — leave %1 in socket %2.</source>
        <translation>TPM đang tạo khóa (có thể mất tới một phút) — hãy để nguyên %1 trong vị trí thử %2.</translation>
    </message>
</context>
<context>
    <name>tps::gui::StationModeChooser</name>
    <message>
        <source>Simulation (simulated TPMs, nothing may ship)</source>
        <translation>Mô phỏng (TPM mô phỏng, không được giao hàng)</translation>
    </message>
    <message>
        <source>Production (real TPMs in the test sockets)</source>
        <translation>Sản xuất (TPM thật trong các vị trí thử)</translation>
    </message>
    <message>
        <source>Used when the station starts without --db, --profile or --simulate; a change takes effect at the next start.</source>
        <translation>Được dùng khi trạm khởi động không có --db, --profile hoặc --simulate; thay đổi có hiệu lực ở lần khởi động sau.</translation>
    </message>
    <message>
        <source>%1 This run: %2</source>
        <translation>%1 Lần chạy này: %2</translation>
    </message>
</context>
<context>
    <name>tps::gui::StationScreen</name>
    <message>
        <source>&amp;Serial:</source>
        <translation>Số sê-ri(&amp;S):</translation>
    </message>
    <message>
        <source>Scan the device&apos;s serial number</source>
        <translation>Quét số sê-ri của thiết bị</translation>
    </message>
    <message>
        <source>Scan a device to start.</source>
        <translation>Quét một thiết bị để bắt đầu.</translation>
    </message>
    <message>
        <source>%1 is already in socket %2.</source>
        <translation>%1 đã ở trong vị trí thử %2.</translation>
    </message>
    <message>
        <source>Every socket is busy: wait for a device to finish, then scan %1 again.</source>
        <translation>Mọi vị trí thử đều đang bận: hãy đợi một thiết bị xong, rồi quét lại %1.</translation>
    </message>
    <message>
        <source>%1 is not a device of the simulated fleet. Scan a simulated device.</source>
        <translation>%1 không phải là thiết bị của dàn thiết bị mô phỏng. Hãy quét một thiết bị mô phỏng.</translation>
    </message>
    <message>
        <source>Socket %1 has no TPM connection (TCTI) configured: ask a supervisor to set it in Settings.</source>
        <translation>Vị trí thử %1 chưa được cấu hình kết nối TPM (TCTI): hãy nhờ trưởng ca đặt nó trong Cài đặt.</translation>
    </message>
    <message>
        <source>%1 started in socket %2.</source>
        <translation>Đã bắt đầu %1 ở vị trí thử %2.</translation>
    </message>
    <message>
        <source>L&amp;ot:</source>
        <translation>Lot(&amp;O):</translation>
    </message>
    <message>
        <source>Incoming TPM lot (optional)</source>
        <translation>Lot TPM nhập về (tùy chọn)</translation>
    </message>
    <message>
        <source>When a lot is named, every device&apos;s EK must be on that lot&apos;s delivery list.</source>
        <translation>Khi đã nêu tên một lot, EK của mỗi thiết bị phải có trong danh sách giao hàng của lot đó.</translation>
    </message>
</context>
<context>
    <name>tps::gui::StepTimelineWidget</name>
    <message>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>THẤT BẠI</translation>
    </message>
    <message>
        <source>%1 %2. %3 — %4</source>
        <translation>%1 %2. %3 — %4</translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation> (%1 giây)</translation>
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
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Mã linh kiện</translation>
    </message>
    <message>
        <source>EKs</source>
        <translation>Số EK</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Đã dùng</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Ngày nhập</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Electronic signature for the changes below</source>
        <translation>Chữ ký điện tử cho các thay đổi bên dưới</translation>
    </message>
    <message>
        <source>Signer &amp;ID:</source>
        <translation>ID người ký(&amp;I):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật khẩu(&amp;W):</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Lý do(&amp;S):</translation>
    </message>
    <message>
        <source>TPM manufacturer trust store (admins sign)</source>
        <translation>Trust store nhà sản xuất TPM (quản trị viên ký)</translation>
    </message>
    <message>
        <source>Import C&amp;A files…</source>
        <translation>Nhập tệp CA(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move selected CA</source>
        <translation>Xóa CA đã chọn(&amp;M)</translation>
    </message>
    <message>
        <source>TPM vendor CA files</source>
        <translation>Tệp CA của nhà cung cấp TPM</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation>Chứng chỉ (*.pem *.crt *.cer *.der *.p7b *.p7c);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Incoming TPM lots (supervisors sign)</source>
        <translation>Các lot TPM nhập về (trưởng ca ký)</translation>
    </message>
    <message>
        <source>L&amp;ot:</source>
        <translation>Lot(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Part number:</source>
        <translation>Mã linh kiện(&amp;P):</translation>
    </message>
    <message>
        <source>Import &amp;delivery list…</source>
        <translation>Nhập danh sách giao hàng(&amp;D)…</translation>
    </message>
    <message>
        <source>TPM vendor delivery list</source>
        <translation>Danh sách giao hàng của nhà cung cấp TPM</translation>
    </message>
    <message>
        <source>Delivery lists (*.csv *.json *.txt *.pem);;All files (*)</source>
        <translation>Danh sách giao hàng (*.csv *.json *.txt *.pem);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>UNKNOWN — not in the manifest</source>
        <translation>KHÔNG XÁC ĐỊNH — không có trong bản kê khai</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n CA certificate(s) imported</source>
        <translation>
            <numerusform>Đã nhập %n chứng chỉ CA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the trust store.</source>
        <translation>
            <numerusform>%n đã có trong trust store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the CA to remove.</source>
        <translation>Hãy chọn CA cần xóa.</translation>
    </message>
    <message>
        <source>Removed from the trust store: %1 (%2)</source>
        <translation>Đã xóa khỏi trust store: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Lot %1 imported: %n EK(s).</source>
        <translation>
            <numerusform>Đã nhập lot %1: %n EK.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tps::gui::UploadImportPanel</name>
    <message>
        <source>&amp;Import result</source>
        <translation>Nhập kết quả(&amp;I)</translation>
    </message>
    <message>
        <source>After uploading a bulk-NNNN.json file to DPS, import the service&apos;s answer: each device of that operation is marked uploaded, or failed with the reason.</source>
        <translation>Sau khi tải một tệp bulk-NNNN.json lên DPS, hãy nhập phản hồi của dịch vụ: mỗi thiết bị của thao tác đó được đánh dấu là đã tải lên, hoặc thất bại kèm lý do.</translation>
    </message>
    <message>
        <source>bulk-NNNN result JSON</source>
        <translation>JSON kết quả bulk-NNNN</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Duyệt(&amp;S)…</translation>
    </message>
    <message>
        <source>Result &amp;file:</source>
        <translation>Tệp kết quả(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Lô(&amp;B):</translation>
    </message>
    <message>
        <source>DPS bulk enrollment result</source>
        <translation>Kết quả đăng ký hàng loạt DPS</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Sign in first: the import records who made it.</source>
        <translation>Hãy đăng nhập trước: việc nhập ghi lại người đã thực hiện.</translation>
    </message>
    <message>
        <source>Choose the DPS result JSON file to import.</source>
        <translation>Hãy chọn tệp JSON kết quả DPS cần nhập.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>The result was not imported; nothing was changed: %1</source>
        <translation>Kết quả chưa được nhập; không có gì bị thay đổi: %1</translation>
    </message>
    <message>
        <source>Batch %1, operation %2: %3 uploaded, %4 failed.</source>
        <translation>Lô %1, thao tác %2: %3 đã tải lên, %4 thất bại.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <source>UUID or name; empty: from the manifest.json next to the file</source>
        <translation>UUID hoặc tên; để trống: lấy từ manifest.json cạnh tệp</translation>
    </message>
</context>
<context>
    <name>tps::gui::WelcomeTour</name>
    <message>
        <source>Guided tour of the simulation</source>
        <translation>Hướng dẫn tham quan mô phỏng</translation>
    </message>
    <message>
        <source>Welcome to the simulated line</source>
        <translation>Chào mừng đến với dây chuyền mô phỏng</translation>
    </message>
    <message>
        <source>the serials listed on the Simulated fleet page (the fleet is starting)</source>
        <translation>các số sê-ri liệt kê trên trang Dàn thiết bị mô phỏng (dàn thiết bị đang khởi động)</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Scan a serial.&lt;/b&gt; This station runs over simulated TPMs. Scan or type one of %1 into the serial field of the Station page and press Enter. The Simulated fleet page lists every device.</source>
        <translation>&lt;b&gt;1. Quét một số sê-ri.&lt;/b&gt; Trạm này chạy trên các TPM mô phỏng. Hãy quét hoặc nhập một trong %1 vào ô số sê-ri của trang Trạm và nhấn Enter. Trang Dàn thiết bị mô phỏng liệt kê mọi thiết bị.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Watch the five steps.&lt;/b&gt; A free socket takes the device: TPM installed, EK extracted, ownership taken, firmware flashed, QA check. Each step turns green; the socket then shows a big &lt;b&gt;PASS&lt;/b&gt; (or FAIL with what to do).</source>
        <translation>&lt;b&gt;2. Theo dõi năm bước.&lt;/b&gt; Một vị trí thử trống nhận thiết bị: Đã lắp TPM, Đã trích xuất EK, Đã nhận quyền sở hữu, Đã nạp firmware, Kiểm tra QA. Mỗi bước chuyển sang màu xanh lá; sau đó vị trí thử hiển thị chữ &lt;b&gt;PASS&lt;/b&gt; lớn (hoặc FAIL kèm việc cần làm).</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Find the results.&lt;/b&gt; The Devices page lists every device and its steps; the Audit trail page records who did what. Supervisors, quality and admins export DPS enrollment batches and audit exports on the Exports page, into a folder they choose.</source>
        <translation>&lt;b&gt;3. Tìm kết quả.&lt;/b&gt; Trang Thiết bị liệt kê mọi thiết bị và các bước của chúng; trang Nhật ký kiểm toán ghi lại ai đã làm gì. Trưởng ca, bộ phận chất lượng và quản trị viên xuất lô đăng ký DPS và bản xuất kiểm toán trên trang Xuất dữ liệu, vào thư mục họ chọn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Know what is simulated.&lt;/b&gt; The TPMs, their EK certificates, the firmware programmer and the customer&apos;s escrow key are simulated, and nothing made here may ship. The kit&apos;s product profile and the full list are one click away: Help ▸ Simulation kit.</source>
        <translation>&lt;b&gt;4. Biết những gì được mô phỏng.&lt;/b&gt; Các TPM, chứng chỉ EK của chúng, bộ nạp firmware và khóa lưu ký của khách hàng đều là mô phỏng, và không sản phẩm nào làm ra ở đây được phép giao. Hồ sơ sản phẩm của bộ mô phỏng và danh sách đầy đủ chỉ cách một cú nhấp: Trợ giúp ▸ Bộ mô phỏng.</translation>
    </message>
    <message>
        <source>Simulation &amp;kit…</source>
        <translation>Bộ mô phỏng(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Start scanning</source>
        <translation>Bắt đầu quét(&amp;S)</translation>
    </message>
</context>
</TS>
