//! Messages shared by more than one part of the program, and those of the store, files, periods and dates.

catalog! {
    cannot_read_path_why(path, why):
        "không đọc được {path}: {why}",
        "cannot read {path}: {why}";
    legal_basis:
        "Căn cứ",
        "Legal basis";
    self_:
        "tự chấm",
        "self";
    appraised:
        "thẩm định",
        "appraised";
    final_:
        "chốt",
        "final";
    self_score_appraised_and_final_compared:
        "So sánh tự chấm – thẩm định – chốt",
        "Self-score, appraised and final compared";
    field:
        "Lĩnh vực",
        "Field";
    max:
        "Tối đa",
        "Max";
    self_2:
        "Tự chấm",
        "Self";
    appraised_2:
        "Thẩm định",
        "Appraised";
    final_2:
        "Chốt",
        "Final";
    lowered:
        "Hạ",
        "Lowered";
    raised:
        "Nâng",
        "Raised";
    total:
        "Tổng",
        "Total";
    grade:
        "Xếp loại",
        "Grade";
    appraisal_reason:
        "Lý do thẩm định",
        "Appraisal reason";
    explanation:
        "Giải trình",
        "Explanation";
    final_reason:
        "Lý do chốt",
        "Final reason";
    written_to_folder(folder):
        "Đã ghi vào {folder}:",
        "Written to {folder}:";
    signed_by:
        "Người ký",
        "Signed by";
    points:
        "điểm",
        "points";
    draft:
        "BẢN NHÁP",
        "DRAFT";
    checklist:
        "Mẫu",
        "Checklist";
    done:
        "Hoàn thành",
        "Done";
    points_2:
        "Điểm",
        "Points";
    not_assessed:
        "Chưa đánh giá",
        "Not assessed";
    warnings:
        "Cảnh báo",
        "Warnings";
    unit:
        "Đơn vị",
        "Unit";
    period:
        "Kỳ",
        "Period";
    mode:
        "Hình thức",
        "Mode";
    last_change:
        "Sửa lần cuối",
        "Last change";
    id:
        "Mã",
        "Id";
    version:
        "Phiên bản",
        "Version";
    tasks:
        "tiêu chí",
        "tasks";
    y_m_d_h_m:
        "%d/%m/%Y %H:%M",
        "%Y-%m-%d %H:%M";
    count:
        "số lượng",
        "count";
    count_2:
        "Số lượng",
        "Count";
    kind_of_unit:
        "Loại đơn vị",
        "Kind of unit";
    rate:
        "Tỷ lệ",
        "Rate";
    status:
        "Trạng thái",
        "Status";
    text_is_not_a_whole_number(text):
        "“{text}” không phải số nguyên: ghi liền các chữ số (6420) hoặc tách hàng nghìn bằng dấu chấm (6.420)",
        "“{text}” is not a whole number: write the digits alone (6420) or with a comma between thousands (6,420)";
    text_has_more_than_two_decimals(text):
        "“{text}” có quá hai chữ số thập phân (ví dụ 87,5 hoặc 82,45)",
        "“{text}” has more than two decimals (e.g. 87.5 or 82.45)";
    text_is_not_a_number_use(text):
        "“{text}” không phải một số: dùng dấu phẩy thập phân và dấu chấm hàng nghìn (87,5 · 1.234,5)",
        "“{text}” is not a number: use a decimal point and commas between thousands (87.5 · 1,234.5)";
    year(year):
        "năm {year}",
        "year {year}";
    commune:
        "xã",
        "commune";
    folder:
        "thư mục",
        "folder";
    named_pipe_fifo:
        "ống có tên (FIFO)",
        "named pipe (FIFO)";
    socket:
        "ổ cắm mạng (socket)",
        "socket";
    device:
        "thiết bị",
        "device";
    special_file:
        "tệp đặc biệt",
        "special file";
    cannot_read_or_write_path_why(path, why):
        "không đọc/ghi được {path}: {why}",
        "cannot read or write {path}: {why}";
    cannot_lock_path_source(path, source):
        "không khóa được {path}: {source}",
        "cannot lock {path}: {source}";
    cannot_read_the_record_path_message(path, message):
        "không đọc được bản đánh giá {path}: {message}. Tệp được giữ nguyên; sửa tệp hoặc khôi phục bản sao lưu",
        "cannot read the record {path}: {message}. The file is left untouched; correct it or restore a backup";
    no_record_name_see_them_with(name):
        "không có bản đánh giá `{name}`; xem danh sách bằng `kiemtra list`",
        "no record `{name}`; see them with `kiemtra list`";
    the_disk_is_full:
        "ổ đĩa đã đầy",
        "the disk is full";
    the_disk_is_read_only:
        "ổ đĩa chỉ cho đọc",
        "the disk is read-only";
    permission_denied:
        "không có quyền truy cập",
        "permission denied";
    it_does_not_exist:
        "không tồn tại",
        "it does not exist";
    it_is_a_symbolic_link:
        "đây là một liên kết tượng trưng (symlink), kiemtra không đi theo nó ở đây; hãy xóa liên kết và đặt chính tệp đó vào chỗ này",
        "it is a symbolic link, which kiemtra does not follow here; remove the link and put the file itself there";
    it_is_not_a_regular_file(special):
        "đây là một {special}, không phải tệp thường; hãy chọn một tệp thường",
        "it is a {special}, not a regular file; give a regular file";
    it_is_larger_than(mib):
        "tệp lớn hơn {mib} MiB, mức tối đa kiemtra đọc với loại tệp này; hãy kiểm tra có đúng tệp không",
        "it is larger than {mib} MiB, the most kiemtra reads from such a file; check that it is the right file";
    the_record_is_open_elsewhere(holder):
        "bản đánh giá đang được mở ở một kiemtra khác ({holder}); hãy đóng nó ở đó trước",
        "the record is open in another kiemtra ({holder}); close it there first";
    quarter(number, year):
        "quý {number}/{year}",
        "Q{number} {year}";
    date_in_words(day, month, year):
        "ngày {day} tháng {month} năm {year}",
        "{day} {month} {year}";
    evidence_notes:
        "Ghi chú minh chứng",
        "Evidence notes";
    evidence_files:
        "Tệp minh chứng",
        "Evidence files";
    by_field:
        "Theo lĩnh vực",
        "By field";
    people:
        "Người thực hiện",
        "People";
    reason:
        "Lý do",
        "Reason";
    public_key:
        "Khóa công khai",
        "Public key";
    key_id:
        "Mã khóa",
        "Key id";
    none:
        "không có",
        "none";
    document_form:
        "Văn bản",
        "Document";
    parent_body:
        "Cơ quan chủ quản",
        "Parent body";
    issuing_body:
        "Cơ quan ban hành",
        "Issuing body";
    members_of_the_team:
        "Thành phần",
        "Members";
    strengths_found:
        "Ưu điểm",
        "Strengths";
    shortcomings_found:
        "Tồn tại, hạn chế",
        "Shortcomings";
    recommendations_made:
        "Kiến nghị, đề xuất",
        "Recommendations";
    copies_to_recipients:
        "Nơi nhận",
        "Copies to";
}
