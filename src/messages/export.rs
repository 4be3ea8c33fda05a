//! The exported documents and the export itself.

catalog! {
    self_assessment_sha_256:
        "Bản tự đánh giá (SHA-256)",
        "Self-assessment (SHA-256)";
    self_assessment_signed_by_key:
        "Khóa ký bản tự đánh giá",
        "Self-assessment signed by key";
    explains_the_appraisal_sha_256:
        "Giải trình cho bản thẩm định (SHA-256)",
        "Explains the appraisal (SHA-256)";
    explanation_taken_in_sha_256:
        "Bản giải trình đã nhận (SHA-256)",
        "Explanation taken in (SHA-256)";
    self_score:
        "Điểm tự chấm",
        "Self-score";
    appraised_score:
        "Điểm thẩm định",
        "Appraised score";
    the_pdf_helper_is_missing(looked):
        "không tìm thấy kiemtra-pdf, chương trình dàn trang PDF đi kèm kiemtra (đã tìm: {looked}); dựng nó cạnh kiemtra (`cargo build --release`, hoặc cài cả hai), đặt KIEMTRA_PDF chỉ tới nó, hoặc bỏ pdf khỏi các định dạng",
        "kiemtra-pdf, which lays out the PDF and comes with kiemtra, is not there (looked for: {looked}); build it beside kiemtra (`cargo build --release`, or install both), point KIEMTRA_PDF to it, or leave pdf out of the formats";
    the_pdf_is_left_out(looked):
        "Không xuất PDF: không tìm thấy kiemtra-pdf (đã tìm: {looked}); `cargo build --release` dựng nó cạnh kiemtra.",
        "The PDF is left out: kiemtra-pdf is not there (looked for: {looked}); `cargo build --release` builds it beside kiemtra.";
    the_pdf_helper_cannot_run(helper, error):
        "không chạy được {helper}: {error}",
        "{helper} cannot run: {error}";
    the_pdf_helper_gave_no_pdf(helper):
        "{helper} không trả về tệp PDF",
        "{helper} gave no PDF";
    the_pdf_helper_stopped(status):
        "chương trình dàn trang PDF dừng giữa chừng ({status}); có thể máy hết bộ nhớ",
        "the PDF layout stopped before its end ({status}); the computer may be out of memory";
    pdf_helper_usage:
        "kiemtra-pdf TÊN-TỆP THỜI-GIAN: kiemtra chạy chương trình này để dàn trang PDF (dữ liệu vào từ stdin, PDF ra stdout); người dùng không cần chạy",
        "kiemtra-pdf FILE-NAME TIME: kiemtra runs this to lay out a PDF (data on stdin, the PDF on stdout); a person has no need to";
    max_points:
        "Điểm tối đa",
        "Maximum";
    inspection_score:
        "Điểm kiểm tra",
        "Inspection score";
    evidence_documents:
        "Tài liệu kiểm chứng",
        "Evidence";
    note:
        "Ghi chú",
        "Note";
    score_set_by_hand(rule, reason):
        "Điểm cho khác quy tắc ({rule}), lý do: {reason}",
        "Points given instead of the rule's {rule}, because: {reason}";
    final_score:
        "Điểm chốt",
        "Final score";
    grade_self_appraised_final:
        "Xếp loại (tự chấm · thẩm định · chốt)",
        "Grade (self · appraised · final)";
    by_criterion:
        "Theo tiêu chí",
        "By criterion";
    reasons_and_explanation:
        "Lý do, giải trình",
        "Reasons and explanation";
    self_score_2:
        "Tự chấm",
        "Self-score";
    difference:
        "Chênh lệch",
        "Difference";
    numerator:
        "Tử số",
        "Numerator";
    denominator:
        "Mẫu số",
        "Denominator";
    rate:
        "Tỷ lệ (%)",
        "Rate (%)";
    target:
        "Chỉ tiêu",
        "Target";
    override_reason:
        "Lý do cho điểm khác quy tắc",
        "Override reason";
    generated(generated):
        "ngày      tháng      năm {generated}",
        "…… {generated}";
    to:
        "Kính gửi",
        "To";
    path_already_exists_and_is_not(path):
        "{path} đã có nên không ghi đè; chọn thư mục khác hoặc dùng `--force` để ghi đè",
        "{path} already exists and is not overwritten; choose another folder or use `--force` to overwrite";
    cannot_write_path_why(path, why):
        "không ghi được {path}: {why}",
        "cannot write {path}: {why}";
    the_format_file_cannot_be_made(format, why):
        "không tạo được tệp {format}: {why}",
        "the {format} file cannot be made: {why}";
    cannot_write_path_why_choose_another(path, why):
        "không ghi được {path}: {why}; chọn thư mục khác hoặc giải phóng ổ đĩa",
        "cannot write {path}: {why}; choose another folder or free the disk";
    unit_code:
        "Mã đơn vị hành chính",
        "Unit code";
    formed_from:
        "Hình thành từ",
        "Formed from";
    inspecting_or_appraising_agency:
        "Cơ quan kiểm tra, thẩm định",
        "Inspecting or appraising agency";
    converted_no_survey:
        "Quy đổi (không có điều tra)",
        "Converted (no survey)";
    at_most_cap(cap):
        " (tối đa {cap})",
        " (at most {cap})";
    bonus_earned(bonus_earned):
        ", đạt {bonus_earned}",
        ", {bonus_earned} earned";
    bonus_points:
        "Điểm thưởng",
        "Bonus points";
    deductions:
        "Điểm trừ",
        "Deductions";
    final_score_2:
        "Tổng điểm",
        "Final score";
    no_grade:
        "chưa xếp loại",
        "no grade";
    scoring:
        "Chấm điểm",
        "Scoring";
    no:
        "STT",
        "No.";
    number:
        "Số, ký hiệu",
        "Number";
    kind:
        "Loại văn bản",
        "Kind";
    title:
        "Trích yếu",
        "Title";
    place_and_date:
        "Địa danh, ngày",
        "Place and date";
    document_date:
        "Ngày văn bản",
        "Document date";
    evidence:
        "Minh chứng",
        "Evidence";
    // The labels of the human-readable formats (export/words.rs).
    heading:
        "Tổng hợp kết quả kiểm tra cải cách hành chính",
        "Administrative reform inspection summary";
    draft:
        "DỰ THẢO",
        "DRAFT";
    draft_note:
        "DỰ THẢO — bản đánh giá chưa chốt, kết quả còn có thể thay đổi.",
        "DRAFT — the record is not finalized; results may still change.";
    final_note:
        "Bản đánh giá đã chốt.",
        "The record is finalized.";
    template_hash:
        "Mã băm mẫu",
        "Checklist hash";
    generated_label:
        "Lập lúc",
        "Made at";
    results:
        "Kết quả chung",
        "Results";
    tasks_done:
        "Tiêu chí hoàn thành",
        "Tasks done";
    task:
        "Tiêu chí",
        "Task";
    figures:
        "Số liệu",
        "Figures";
    open:
        "Tiêu chí chưa đánh giá",
        "Tasks not assessed";
    overrides:
        "Cho điểm khác quy tắc",
        "Points given instead of the rule's";
    rule:
        "Theo quy tắc",
        "By the rule";
    evidence_files:
        "Tệp minh chứng (SHA-256)",
        "Evidence files (SHA-256)";
    missing:
        "KHÔNG ĐỌC ĐƯỢC",
        "CANNOT BE READ";
    audit:
        "Nhật ký thay đổi",
        "Audit trail";
    changes:
        "Số thay đổi",
        "Changes";
    first_change:
        "Thay đổi đầu tiên",
        "First change";
    last_change:
        "Thay đổi cuối cùng",
        "Last change";
    signature:
        "Chữ ký",
        "Signature";
    verify_hint:
        "Kiểm tra chữ ký tệp này",
        "Check this file's signature";
    max:
        "Tối đa",
        "Maximum";
    kind_label:
        "Loại",
        "Kind";
    na_reason:
        "Lý do không áp dụng",
        "Why not applicable";
    the_evidence_file_cannot_be_read(path):
        "không đọc được tệp minh chứng {path}",
        "the evidence file {path} cannot be read";
    the_evidence_file_cannot_be_read_why(path, why):
        "không đọc được tệp minh chứng {path}: {why}",
        "the evidence file {path} cannot be read: {why}";
    // The titles of the documents (export/frame.rs).
    self_assessment_title(period, commune):
        "Kết quả tự đánh giá, chấm điểm công tác cải cách hành chính {period} của {commune}",
        "Self-assessment and scoring of administrative reform, {period}, {commune}";
    inspection_title(period, commune):
        "Kiểm tra công tác cải cách hành chính {period} tại {commune}",
        "Inspection of administrative reform, {period}, at {commune}";
    appraisal_title(period, commune):
        "Kết quả thẩm định kết quả tự đánh giá, chấm điểm công tác cải cách hành chính {period} của {commune}",
        "Appraisal of the self-assessment of administrative reform, {period}, {commune}";
    explanation_title(period, commune):
        "Giải trình kết quả thẩm định công tác cải cách hành chính {period} của {commune}",
        "Explanation of the appraisal of administrative reform, {period}, {commune}";
}
