//! The roll-up: ranking, rejected files and its reports.

catalog! {
    cannot_read_path_why_name_the(path, why):
        "không đọc được {path}: {why}; hãy chỉ đúng thư mục hoặc tệp bản tổng hợp",
        "cannot read {path}: {why}; name the folder or the summary files";
    there_is_no_json_summary_in(names, skipped):
        "không có bản tổng hợp .json nào trong {names} (bỏ qua {skipped} tệp khác); hãy chỉ thư mục chứa các tệp .json và .json.minisig mà các xã gửi lên",
        "there is no .json summary in {names} ({skipped} other files skipped); name the folder holding the .json and .json.minisig files the communes sent";
    see_how_a_map_file_is:
        "xem cách viết tệp ánh xạ trong docs/rollup.md",
        "see how a map file is written in docs/rollup.md";
    cannot_read_the_map_file_path(path, source):
        "không đọc được tệp ánh xạ {path}: {source}",
        "cannot read the map file {path}: {source}";
    the_map_file_path_must_end(path, fix):
        "tệp ánh xạ {path} phải có đuôi .csv hoặc .toml; {fix}",
        "the map file {path} must end in .csv or .toml; {fix}";
    not_json_error(error):
        "không phải JSON: {error}",
        "not JSON: {error}";
    not_a_json_object_with_a:
        "không phải đối tượng JSON có trường \"format\"",
        "not a JSON object with a \"format\"";
    no_format_field:
        "không có trường \"format\"",
        "no \"format\" field";
    format(format):
        "định dạng \"{format}\"",
        "format \"{format}\"";
    bad_signature:
        "chữ ký không hợp lệ",
        "bad signature";
    untrusted_signer:
        "người ký không tin cậy",
        "untrusted signer";
    unsigned:
        "chưa ký",
        "unsigned";
    not_a_summary:
        "không phải bản tổng hợp",
        "not a summary";
    newer_schema:
        "lược đồ mới hơn",
        "newer schema";
    broken_summary:
        "bản tổng hợp hỏng",
        "broken summary";
    wrong_signer:
        "sai người ký",
        "wrong signer";
    unknown_checklist:
        "mẫu không rõ",
        "unknown checklist";
    not_a_regular_file:
        "không phải tệp thường",
        "not a regular file";
    too_large:
        "quá lớn",
        "too large";
    unreadable:
        "không đọc được",
        "unreadable";
    folder_loop:
        "vòng lặp thư mục",
        "folder loop";
    conflict:
        "trùng đơn vị",
        "conflict";
    superseded:
        "có bản mới hơn",
        "superseded";
    untrusted_signer_signed_with_key_id(key_id, trusted):
        "KHÔNG TIN CẬY: ký bằng khóa {key_id}, không có trong các khóa tin cậy ({trusted}); nếu đúng là khóa của xã, thêm tệp .pub của họ vào thư mục khóa tin cậy",
        "UNTRUSTED SIGNER: signed with key {key_id}, which is not among the trusted keys ({trusted}); if it is the commune's key, add their .pub file to the trusted folder";
    unsigned_there_is_no_minisig_signature:
        "CHƯA KÝ: không có tệp chữ ký .minisig bên cạnh; xin xã gửi cả tệp .json.minisig",
        "UNSIGNED: there is no .minisig signature beside it; ask the commune for the .json.minisig file too";
    not_a_kiemtra_summary_detail_only(detail):
        "không phải bản tổng hợp kiemtra ({detail}); chỉ tệp .json do `kiemtra export` ghi mới được tổng hợp",
        "not a kiemtra summary ({detail}); only the .json files `kiemtra export` writes can be rolled up";
    a_summary_of_schema_newer_than(schema):
        "bản tổng hợp theo lược đồ {schema}, mới hơn phiên bản kiemtra này đọc được (1); hãy cập nhật kiemtra",
        "a summary of schema {schema}, newer than this kiemtra reads (1); update kiemtra";
    a_broken_kiemtra_summary_detail_ask(detail):
        "bản tổng hợp kiemtra bị hỏng ({detail}); xin xã xuất lại bằng `kiemtra export`",
        "a broken kiemtra summary ({detail}); ask the commune to export it again with `kiemtra export`";
    the_summary_names_the_signer_key(named, signed):
        "bản tổng hợp ghi khóa người ký {named} nhưng được ký bằng khóa {signed}; xin lại bản gốc",
        "the summary names the signer key {named} but was signed with key {signed}; ask for the original";
    the_checklist_edition_hash_is_neither(edition, hash):
        "mẫu {edition} ({hash}) không có trong các mẫu kèm theo hay thư mục mẫu của bạn; chép đúng tệp mẫu đó vào thư mục mẫu (xem `kiemtra templates`)",
        "the checklist {edition} ({hash}) is neither bundled nor in your templates folder; copy that exact checklist file into your templates folder (see `kiemtra templates`)";
    this_folder_was_already_read_or:
        "thư mục này đã được đọc rồi hoặc nằm quá sâu (vòng lặp thư mục); không đọc lại",
        "this folder was already read or lies too deep (a folder loop); it is not read again";
    conflict_unit_template_period_is_also(unit, template, period, others):
        "TRÙNG: {unit}, {template}, kỳ {period} cũng có trong {others}; giữ lại một bản, hoặc dùng `--latest` để lấy bản ký sau cùng",
        "CONFLICT: {unit}, {template}, period {period} is also in {others}; keep one, or use `--latest` to keep the one signed last";
    conflict_the_self_assessment_is_also_appraised_in(hash, others):
        "TRÙNG THẨM ĐỊNH: bản tự đánh giá {hash} cũng được thẩm định trong {others}; giữ lại một bản thẩm định, hoặc dùng `--latest` để lấy bản ký sau cùng",
        "CONFLICT: the self-assessment {hash} is also appraised in {others}; keep one appraisal, or use `--latest` to keep the one signed last";
    conflict_this_self_assessment_is_appraised_in(others):
        "TRÙNG THẨM ĐỊNH: bản tự đánh giá này được thẩm định trong nhiều bản ({others}); giữ lại một bản thẩm định, hoặc dùng `--latest` để lấy bản ký sau cùng",
        "CONFLICT: this self-assessment is appraised in more than one file ({others}); keep one appraisal, or use `--latest` to keep the one signed last";
    set_aside_by_latest_by_was(by):
        "bỏ qua theo `--latest`: {by} được ký sau",
        "set aside by `--latest`: {by} was signed later";
    out_of:
        "Tổng điểm",
        "Out of";
    tasks_done:
        "Nhiệm vụ đã làm",
        "Tasks done";
    tasks_applicable:
        "Nhiệm vụ áp dụng",
        "Tasks applicable";
    done:
        "Hoàn thành (%)",
        "Done (%)";
    earlier_period:
        "Kỳ trước",
        "Earlier period";
    earlier_rank:
        "Hạng kỳ trước",
        "Earlier rank";
    earlier_points:
        "Điểm kỳ trước",
        "Earlier points";
    earlier_points_are_an_average:
        "Điểm kỳ trước là TB",
        "Earlier points are an average";
    rank_change:
        "Thay đổi hạng",
        "Rank change";
    points_change:
        "Thay đổi điểm",
        "Points change";
    made_at_generated_checked_json_files(generated, checked, units, rejected, skipped, trusted):
        "Lập lúc {generated}. Đã kiểm tra {checked} tệp .json: {units} đơn vị được xếp hạng, {rejected} tệp bị loại; bỏ qua {skipped} tệp khác. Khóa tin cậy: {trusted}.",
        "Made at {generated}. {checked} .json files checked: {units} units ranked, {rejected} files rejected; {skipped} other files skipped. Trusted keys: {trusted}.";
    the_units_scores:
        "Điểm của các đơn vị",
        "The units' scores";
    kind_of_unit_not_given:
        "chưa ghi loại đơn vị",
        "kind of unit not given";
    rank:
        "hạng",
        "rank";
    avg_of_found_value_unit(value, found, unit):
        "TB {found} đơn vị: {value} {unit}",
        "avg of {found}: {value} {unit}";
    appraised_units_rank_by_their_final_score:
        "Đơn vị đã thẩm định xếp hạng theo điểm chốt của bản thẩm định; đơn vị chưa thẩm định theo điểm tự chấm.",
        "Appraised units rank by the final score of their appraisal; the others by their self-score.";
    unit_ranks_by_its_appraisal_alone(unit, file):
        "{unit}: xếp hạng theo bản thẩm định {file}; bản tự đánh giá được thẩm định không có trong các tệp đã đọc (hoặc đã bị loại)",
        "{unit}: ranked by the appraisal {file} alone; the self-assessment it appraises is not among the files read (or was rejected)";
    appraisal_file:
        "Tệp thẩm định",
        "Appraisal file";
    self_assessment_found:
        "Có bản tự đánh giá",
        "Self-assessment found";
    ranking:
        "Xếp hạng",
        "Ranking";
    reason_code:
        "Mã lý do",
        "Reason code";
    // The roll-up's column headings and report titles.
    rank_heading:
        "Hạng",
        "Rank";
    tasks:
        "Nhiệm vụ",
        "Tasks done";
    earlier:
        "Kỳ trước",
        "Before";
    change:
        "Thay đổi",
        "Change";
    file:
        "Tệp",
        "File";
    title:
        "Bảng tổng hợp, xếp hạng",
        "Roll-up and ranking";
    rejected:
        "Tệp bị loại",
        "Rejected files";
    set_aside:
        "Tệp để riêng",
        "Files set aside";
    unmatched_now:
        "Đơn vị không tìm được kết quả kỳ trước",
        "Units with no earlier result found";
    unmatched_earlier:
        "Kết quả kỳ trước không ghép được với đơn vị nào",
        "Earlier results matched to no unit";
    former:
        "Đơn vị trước sắp xếp",
        "Former units";
    cannot_be_read_detail(detail):
        "không đọc được: {detail}",
        "cannot be read: {detail}";
    map_file_line(path, line, detail, fix):
        "tệp ánh xạ {path}, dòng {line}: {detail}; {fix}",
        "map file {path}, line {line}: {detail}; {fix}";
    // Reading the unit map (rollup/map.rs).
    not_valid_toml(detail):
        "không đọc được TOML ({detail})",
        "not valid here ({detail})";
    has_no_former_units(commune):
        "{commune} không có đơn vị cũ nào (former)",
        "{commune} has no former units (former)";
    a_quote_is_not_closed:
        "dấu ngoặc kép không đóng",
        "a quote is not closed";
    the_file_is_empty:
        "tệp trống",
        "the file is empty";
    the_column_is_missing(column):
        "thiếu cột `{column}`",
        "the column `{column}` is missing";
    the_column_is_empty(column):
        "cột `{column}` trống",
        "the column `{column}` is empty";
}
