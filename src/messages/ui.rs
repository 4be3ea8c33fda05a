//! The terminal interface: screens, popups, prompts, the status line.

catalog! {
    all:
        "tất cả",
        "all";
    open:
        "chưa xong",
        "open";
    missing_evidence:
        "thiếu minh chứng",
        "missing evidence";
    differs_from_self_score:
        "khác điểm tự chấm",
        "differs from self-score";
    by_rank:
        "theo hạng",
        "by rank";
    by_unit:
        "theo tên đơn vị",
        "by unit";
    by_change:
        "theo thay đổi",
        "by change";
    rejected_files:
        "tệp bị loại",
        "rejected files";
    this_checklist_is_gone:
        "mẫu này không còn nữa",
        "this checklist is gone";
    no_record_is_open:
        "chưa mở bản đánh giá",
        "no record is open";
    there_is_no_signing_key_yet:
        "chưa có khóa ký: chạy `kiemtra keygen` trong cửa sổ dòng lệnh rồi xuất lại",
        "there is no signing key yet: run `kiemtra keygen` in a shell, then export again";
    cannot_restore_to_already_exists(to):
        "không khôi phục được: đã có {to}",
        "cannot restore: {to} already exists";
    imported_the_explanation_by_tasks_criteria(by, tasks, done_tasks):
        "Đã nhập giải trình của {by}: {tasks} tiêu chí ({done_tasks})",
        "Imported the explanation by {by}: {tasks} criteria ({done_tasks})";
    there_is_no_public_key_pub(source):
        "không có khóa công khai (*.pub) nào trong {source}",
        "there is no public key (*.pub) in {source}";
    cannot_read_path_io_reason(path, io_reason):
        "không đọc được {path}: {io_reason}",
        "cannot read {path}: {io_reason}";
    path_is_no_longer_a_readable(path, e):
        "{path} không còn là bản tổng hợp đọc được ({e})",
        "{path} is no longer a readable summary ({e})";
    this_is_not_a_kiemtra_summary:
        "tệp này không phải bản tổng hợp kiemtra",
        "this is not a kiemtra summary";
    give_the_path_of_the_self:
        "cần đường dẫn tệp .json của bản tự đánh giá (có tệp .minisig bên cạnh)",
        "give the path of the self-assessment's .json file (with its .minisig beside it)";
    the_appraiser_s_name_is_required:
        "cần tên người thẩm định",
        "the appraiser's name is required";
    the_appraising_agency_is_required:
        "cần tên cơ quan thẩm định",
        "the appraising agency is required";
    for_appraisal_records_only:
        "Chỉ dùng trong bản thẩm định.",
        "For appraisal records only.";
    path_is_not_found_yet_the(path):
        "Chưa thấy tệp {path}; khi xuất sẽ có cảnh báo nếu vẫn thiếu.",
        "{path} is not found yet; the export will warn if it is still missing.";
    every_task_is_assessed:
        "Mọi tiêu chí đã được đánh giá.",
        "Every task is assessed.";
    filter:
        "Lọc",
        "Filter";
    the_record_is_not_finalized:
        "Bản đánh giá chưa chốt.",
        "The record is not finalized.";
    no_evidence_file_attached:
        "Chưa có tệp minh chứng.",
        "No evidence file attached.";
    read_only_the_record_is_open:
        "Chỉ đọc: bản đánh giá đang mở ở một kiemtra khác.",
        "Read-only: the record is open in another kiemtra.";
    the_record_is_finalized_so_read:
        "Bản đánh giá đã chốt nên chỉ đọc; bấm R để mở lại.",
        "The record is finalized, so read-only; press R to reopen it.";
    give_a_folder:
        "hãy ghi thư mục",
        "give a folder";
    give_the_signer_s_name_or:
        "hãy ghi tên người hoặc cơ quan ký, để nơi nhận biết ai đã ký",
        "give the signer's name or body, so that receivers see who signed";
    the_two_passwords_differ_type_the:
        "hai lần nhập không khớp; nhập lại mật khẩu mới",
        "the two passwords differ; type the new password again";
    each_with_its_signature_named_like:
        "  mỗi tệp kèm chữ ký cùng tên thêm .minisig",
        "  each with its signature, named like it with .minisig added";
    the_signing_key_id_is_made(key_id):
        "Đã tạo khóa ký {key_id}. Gửi tệp khóa công khai cho nơi nhận để họ kiểm tra chữ ký (không bao giờ gửi khóa bí mật):",
        "The signing key {key_id} is made. Give the public key file to the receivers so they can check your signatures (never the secret key):";
    verify_with:
        "Kiểm tra chữ ký bằng:",
        "Verify with:";
    draft_the_record_is_not_finalized:
        "⚠ Dự thảo: bản đánh giá chưa chốt, tài liệu ghi DỰ THẢO.",
        "⚠ Draft: the record is not finalized, and the documents say DRAFT.";
    there_is_no_checklist:
        "chưa có mẫu nào",
        "there is no checklist";
    write_a_year_2024_or_a:
        "ghi năm (2024) hoặc quý (2024-Q3)",
        "write a year (2024) or a quarter (2024-Q3)";
    template_applies_from(template, from):
        "mẫu {template} áp dụng từ {from}",
        "{template} applies from {from}";
    moved_name_to_the_trash_press(name):
        "Đã chuyển {name} vào thùng rác; bấm u để khôi phục",
        "Moved {name} to the trash; press u to restore it";
    restored_name(name):
        "Đã khôi phục {name}",
        "Restored {name}";
    nothing_was_deleted:
        "Không có bản đánh giá nào vừa xóa",
        "Nothing was deleted";
    points_is_above_the_maximum_of(points, definition_points):
        "{points} điểm vượt điểm tối đa {definition_points}",
        "{points} points is above the maximum of {definition_points}";
    units_ranked_rejected_files_rejected(units, rejected):
        "Đã xếp hạng {units} đơn vị; {rejected} tệp bị loại",
        "{units} units ranked; {rejected} files rejected";
    sorted_label(label):
        "Sắp xếp {label}",
        "Sorted {label}";
    filter_label(label):
        "Lọc: {label}",
        "Filter: {label}";
    this_file_was_rejected_the_reason:
        "Tệp này bị loại; lý do ở khung bên dưới",
        "This file was rejected; the reason is in the pane below";
    max:
        "TĐa",
        "Max";
    slf:
        "TC",
        "Slf";
    app:
        "TĐ",
        "App";
    fin:
        "Ch",
        "Fin";
    commune_s_explanation:
        "Giải trình của xã",
        "Commune's explanation";
    self_:
        "Tự",
        "Self";
    appr:
        "TĐịnh",
        "Appr.";
    lowered:
        "Hạ điểm",
        "Lowered";
    raised:
        "nâng điểm",
        "raised";
    differs_from_the_self_score:
        "Khác điểm tự chấm",
        "Differs from the self-score";
    explained:
        " · có giải trình",
        " · explained";
    read_only_open_elsewhere:
        " CHỈ ĐỌC · đang mở ở nơi khác ",
        " READ-ONLY · open elsewhere ";
    finalized_read_only_r_reopen:
        " ĐÃ CHỐT · chỉ đọc (R: mở lại) ",
        " FINALIZED · read-only (R: reopen) ";
    tasks:
        " Tiêu chí",
        " Tasks";
    search:
        "tìm",
        "search";
    no_task_matches:
        "Không có tiêu chí nào khớp.",
        "No task matches.";
    read_only_open_in_another_kiemtra(holder):
        "chỉ đọc: kiemtra khác đang mở ({holder})",
        "read-only: open in another kiemtra ({holder})";
    enter_pick_a_number_picks_at:
        "↑↓ Enter chọn · số chọn ngay · Esc giữ nguyên",
        "↑↓ Enter pick · a number picks at once · Esc keeps it";
    status_of_task(task):
        " Trạng thái {task} ",
        " Status of {task} ";
    more_tab:
        " ▼ còn nữa (Tab) ",
        " ▼ more (Tab) ";
    points_maximum_rate:
        "điểm = tối đa × tỷ lệ",
        "points = maximum × rate";
    no_status_yet:
        " (chưa có trạng thái)",
        " (no status yet)";
    bands:
        "Mức điểm",
        "Bands";
    survey_result:
        "Kết quả điều tra",
        "Survey result";
    occurrences:
        "Số lần",
        "Occurrences";
    per_each_at_most(per, most):
        "  (−{per} mỗi lần, tối đa −{most})",
        "  (−{per} each, at most −{most})";
    target:
        "chỉ tiêu",
        "target";
    rule_gives:
        "quy tắc cho",
        "rule gives";
    given_by_the_assessor:
        "người chấm cho",
        "given by the assessor";
    no_status_yet_choose_a_status:
        "  (chưa có trạng thái: chọn trạng thái để tính điểm)",
        "  (no status yet: choose a status to score it)";
    appraisal:
        "Điểm thẩm định",
        "Appraisal";
    required:
        " (bắt buộc)",
        " (required)";
    commune_s_notes_e_explanation:
        "Minh chứng của xã (e: giải trình)",
        "Commune's notes (e: explanation)";
    empty_press_e:
        "(trống — bấm e)",
        "(empty — press e)";
    none_press_a:
        "(chưa có — bấm a)",
        "(none — press a)";
    file_not_found:
        " (không thấy tệp)",
        " (file not found)";
    province:
        "Tỉnh/thành phố",
        "Province";
    district:
        "Huyện/quận",
        "District";
    commune_level_unit:
        "Xã/phường/đặc khu",
        "Commune-level unit";
    unit_code_if_any:
        "Mã đơn vị (nếu có)",
        "Unit code (if any)";
    formed_from_comma_separated:
        "Hình thành từ (cách nhau dấu phẩy)",
        "Formed from (comma-separated)";
    inspecting_agency:
        "Cơ quan kiểm tra, thẩm định",
        "Inspecting agency";
    period_2026_or_2026_q3:
        "Kỳ (2026 hoặc 2026-Q3)",
        "Period (2026 or 2026-Q3)";
    people_comma_separated:
        "Người thực hiện (cách nhau dấu phẩy)",
        "People (comma-separated)";
    new_inspection:
        "Bản đánh giá mới",
        "New inspection";
    not_given:
        "(chưa chọn)",
        "(not given)";
    tab_move_choose_checklist_kind_of:
        "Tab/↑↓ chuyển ô · ←→ chọn mẫu, loại đơn vị, hình thức · Enter tạo",
        "Tab/↑↓ move · ←→ choose checklist, kind of unit, mode · Enter create";
    administrative_reform_self_assessment_and_inspection:
        " · tự đánh giá, kiểm tra cải cách hành chính",
        " · administrative-reform self-assessment and inspection";
    records:
        " Bản đánh giá ",
        " Records ";
    no_records_yet_choose_a_checklist:
        "Chưa có bản đánh giá nào. Chọn một mẫu bên dưới và bấm Enter để bắt đầu.",
        "No records yet. Choose a checklist below and press Enter to start.";
    checklists_to_start_from:
        " Mẫu để bắt đầu ",
        " Checklists to start from ";
    broken_kiemtra_validate_file(broken, file):
        " · {broken} mẫu lỗi: kiemtra validate {file}",
        " · {broken} broken: kiemtra validate {file}";
    assessed_points:
        "Đã đánh giá·điểm",
        "Assessed·points";
    saved:
        "đã lưu",
        "saved";
    not_saved_retrying:
        "CHƯA LƯU, đang thử lại",
        "NOT SAVED, retrying";
    any_key_closes:
        "Phím bất kỳ để đóng.",
        "Any key closes.";
    exported_and_signed:
        " Đã xuất và ký ",
        " Exported and signed ";
    mouse_click_to_select_wheel_to:
        "Chuột: bấm để chọn, cuộn để di chuyển. Phím bất kỳ để đóng.",
        "Mouse: click to select, wheel to move. Any key closes.";
    keys_scroll:
        " Phím tắt (↑↓ cuộn) ",
        " Keys (↑↓ scroll) ";
    delete_the_record_what_it_moves(what):
        "Xóa bản đánh giá {what}? Bản đánh giá được chuyển vào thùng rác và khôi phục được bằng phím u.",
        "Delete the record {what}? It moves to the trash and u brings it back.";
    the_record_still_has_open_points:
        "Bản đánh giá còn việc chưa xong. Vẫn chốt? Sau khi chốt, bản đánh giá chỉ đọc; mở lại phải ghi lý do.",
        "The record still has open points. Finalize anyway? It becomes read-only; reopening needs a reason.";
    finalize_the_record_it_becomes_read:
        "Chốt bản đánh giá? Sau khi chốt, bản đánh giá chỉ đọc; mở lại phải ghi lý do và được ghi vào nhật ký.",
        "Finalize the record? It becomes read-only; reopening needs a reason and is audited.";
    yes:
        " đồng ý   ",
        " yes   ";
    cancel:
        " hủy",
        " cancel";
    confirm:
        " Xác nhận ",
        " Confirm ";
    the_last_changes_could_not_be(why):
        "Thay đổi gần nhất chưa lưu được: {why}.",
        "The last changes could not be saved: {why}.";
    quitting_now_loses_n_change_s(n):
        "Thoát bây giờ sẽ mất {n} thay đổi chỉ còn trong bộ nhớ:",
        "Quitting now loses {n} change(s) kept only in memory:";
    going_back_home_now_loses_n(n):
        "Về trang đầu bây giờ sẽ mất {n} thay đổi chỉ còn trong bộ nhớ:",
        "Going back home now loses {n} change(s) kept only in memory:";
    the_record:
        "bản đánh giá",
        "the record";
    and_more_task_s(more):
        "  … và {more} tiêu chí khác",
        "  … and {more} more task(s)";
    saving_is_retried_every_second_free:
        "kiemtra vẫn thử lưu lại mỗi giây: giải phóng ổ đĩa (hoặc cho phép ghi) là các thay đổi được lưu.",
        "Saving is retried every second: free the disk (or make it writable) and they are saved.";
    quit_and_lose_them:
        " thoát và bỏ các thay đổi   ",
        " quit and lose them   ";
    leave_and_lose_them:
        " về và bỏ các thay đổi   ",
        " leave and lose them   ";
    any_other_key:
        "phím khác",
        "any other key";
    stay:
        " ở lại",
        " stay";
    not_saved:
        " Chưa lưu ",
        " Not saved ";
    status:
        "trạng thái",
        "status";
    why_not_applicable:
        "lý do không áp dụng",
        "why not applicable";
    numerator:
        "tử số",
        "numerator";
    denominator:
        "mẫu số",
        "denominator";
    points_reason:
        "lý do cho điểm",
        "points reason";
    evidence_notes_2:
        "ghi chú minh chứng",
        "evidence notes";
    evidence_files_2:
        "tệp minh chứng",
        "evidence files";
    finalized_or_reopened:
        "chốt hoặc mở lại",
        "finalized or reopened";
    record_details:
        "thông tin bản đánh giá",
        "record details";
    saved_2:
        " ✓ đã lưu ",
        " ✓ saved ";
    typing:
        " đang gõ… ",
        " typing… ";
    explanation_task(task):
        " Giải trình — {task} ",
        " Explanation — {task} ";
    evidence_notes_task(task):
        " Ghi chú minh chứng — {task} ",
        " Evidence notes — {task} ";
    save_and_close:
        " lưu và đóng ",
        " save and close ";
    why_task_does_not_apply(task):
        "Lý do không áp dụng — {task}",
        "Why {task} does not apply";
    count_task(task):
        "Số lượng — {task}",
        "Count — {task}";
    survey_result_task(task):
        "Kết quả điều tra — {task}",
        "Survey result — {task}";
    appraised_points_for_task_0_max(task, max, own):
        "Điểm thẩm định cho {task} (0–{max}; tự chấm {own})",
        "Appraised points for {task} (0–{max}; self-score {own})";
    points_for_task_0_max_empty(task, max):
        "Điểm cho {task} (0–{max}; để trống: theo quy tắc)",
        "Points for {task} (0–{max}; empty: by the rule)";
    why_points_task(points, task):
        "Lý do cho {points} điểm — {task}",
        "Why {points} points — {task}";
    evidence_file_path_task(task):
        "Đường dẫn tệp minh chứng — {task}",
        "Evidence file path — {task}";
    why_reopen_the_record:
        "Lý do mở lại bản đánh giá",
        "Why reopen the record";
    search_task_ids_and_titles:
        "Tìm theo mã hoặc tên tiêu chí",
        "Search task ids and titles";
    folder_of_the_summaries_json_and:
        "Thư mục các bản tổng hợp (.json và .json.minisig)",
        "Folder of the summaries (.json and .json.minisig)";
    folder_of_trusted_keys_pub_empty:
        "Thư mục khóa tin cậy (*.pub); để trống: các khóa bạn tin và khóa của bạn",
        "Folder of trusted keys (*.pub); empty: the keys you trust and your own";
    folder_of_an_earlier_period_to:
        "Thư mục kết quả kỳ trước để so sánh; để trống: không so sánh",
        "Folder of an earlier period to compare with; empty: none";
    blank_the_document_writes(default):
        "(để trống — văn bản ghi: {default})",
        "(blank — the document writes: {default})";
    formats_to_export:
        "Định dạng xuất, cách nhau bởi dấu phẩy",
        "Formats to export, comma-separated";
    no_pdf_here_cargo_build:
        "không có kiemtra-pdf cạnh kiemtra nên không xuất được PDF; `cargo build --release` dựng nó",
        "no PDF: kiemtra-pdf is not beside kiemtra; `cargo build --release` builds it";
    give_at_least_one_format:
        "ghi ít nhất một định dạng, ví dụ pdf",
        "give at least one format, e.g. pdf";
    export_and_sign_into_the_folder(formats):
        "Xuất và ký ({formats}) vào thư mục",
        "Export and sign ({formats}) into the folder";
    signing_key_password:
        "Mật khẩu khóa ký",
        "Signing key password";
    no_signing_key_yet_make_one:
        "Chưa có khóa ký — tạo ngay. Người hoặc cơ quan ký",
        "No signing key yet — make one now. Who signs";
    password_for_the_new_signing_key:
        "Mật khẩu cho khóa ký mới",
        "Password for the new signing key";
    the_password_again:
        "Nhập lại mật khẩu",
        "The password again";
    signed_json_file_a_self_assessment:
        "Tệp .json có chữ ký: bản tự đánh giá (để thẩm định) hoặc bản thẩm định (để giải trình)",
        "Signed .json file: a self-assessment (to appraise) or an appraisal (to explain)";
    the_appraiser_or_who_explains:
        "Người thẩm định, hoặc người giải trình",
        "The appraiser, or who explains";
    final_score_for_task_0_max(task, max, appraised):
        "Điểm chốt cho {task} (0–{max}; thẩm định {appraised})",
        "Final score for {task} (0–{max}; appraised {appraised})";
    why_a_final_score_of_points(points, task):
        "Lý do điểm chốt {points} khác điểm thẩm định — {task}",
        "Why a final score of {points}, not the appraised one — {task}";
    appraise_the_appraising_agency_s_n:
        "Thẩm định — cơ quan thẩm định (Sở Nội vụ tỉnh …)",
        "Appraise — the appraising agency (Sở Nội vụ tỉnh …)";
    written_in_the_public_key_file:
        "Ghi trong tệp khóa công khai: nơi nhận thấy tên này khi kiểm tra chữ ký.",
        "Written in the public key file: receivers see this name when they check a signature.";
    empty_no_password_anyone_at_this:
        "Để trống: không mật khẩu — ai dùng máy này cũng ký thay bạn được.",
        "Empty: no password — anyone at this computer can sign as you.";
    save:
        " lưu   ",
        " save   ";
    roll_up:
        "Tổng hợp",
        "Roll-up";
    no_line_matches_the_filter:
        "Không có dòng nào khớp bộ lọc.",
        "No line matches the filter.";
    details:
        " Chi tiết ",
        " Details ";
    units_rejected_files_rejected_skipped_other(units, rejected, skipped):
        "{units} đơn vị · {rejected} tệp bị loại · bỏ qua {skipped} tệp khác",
        "{units} units · {rejected} files rejected · {skipped} other files skipped";
    final_:
        "bản chính thức",
        "final";
    draft:
        "bản nháp",
        "draft";
    signed_with_key:
        "ký bằng khóa",
        "signed with key";
    no_earlier_result_found:
        "Không tìm được kết quả kỳ trước",
        "No earlier result found";
    period_f_rank_of_points(period, f, of, points):
        "{period}: {f} — hạng {of}, {points} điểm",
        "{period}: {f} — rank {of}, {points} points";
    period_f_no_result(period, f):
        "{period}: {f} — không có kết quả",
        "{period}: {f} — no result";
    average_of_the_former_units_points(points):
        "Trung bình các đơn vị cũ: {points} điểm",
        "Average of the former units: {points} points";
    result:
        "Kết quả",
        "Result";
    summary_read_only_scroll_esc_closes:
        " Bản tổng hợp (chỉ đọc) · ↑↓ cuộn · Esc đóng ",
        " Summary (read-only) · ↑↓ scroll · Esc closes ";
    self_appraised_final:
        " Tự chấm – thẩm định – chốt ",
        " Self – appraised – final ";
    points_by_section:
        " Điểm theo phần ",
        " Points by section ";
    final_score:
        " Điểm chốt ",
        " Final score ";
    score:
        " Điểm ",
        " Score ";
    and_more(more):
        "… và {more} tiêu chí nữa",
        "… and {more} more";
    evidence_file_not_found:
        "không thấy tệp minh chứng:",
        "evidence file not found:";
    what_is_left:
        " Việc còn lại ",
        " What is left ";
    file_count_error_s_line_message(file, count, line, message):
        "⚠ {file}: {count} lỗi — dòng {line}: {message}",
        "⚠ {file}: {count} error(s) — line {line}: {message}";
    one_record_checklists(checklists):
        "1 bản đánh giá · {checklists} mẫu",
        "1 record · {checklists} checklists";
    records_checklists(records, checklists):
        "{records} bản đánh giá · {checklists} mẫu",
        "{records} records · {checklists} checklists";
    // The document form (the Decree 30 frame of a record): its fields and a hint for each.
    document_decree_30_frame:
        " Văn bản · thể thức Nghị định 30/2020/NĐ-CP ",
        " Document · the Decree 30/2020/NĐ-CP frame ";
    read_only_the_record_is_finalized_r_reopens:
        "Chỉ đọc: bản đánh giá đã chốt (R ở danh sách tiêu chí để mở lại).",
        "Read-only: the record is finalized (R on the checklist reopens it).";
    number_and_symbol:
        "Số, ký hiệu",
        "Number and symbol";
    place_name:
        "Địa danh",
        "Place";
    date_of_the_document:
        "Ngày văn bản",
        "Date";
    addressed_to:
        "Kính gửi",
        "Addressed to";
    signing_for:
        "Thẩm quyền ký (TM., KT.)",
        "Signing for (TM., KT.)";
    signer_s_position:
        "Chức vụ người ký",
        "Signer's position";
    signer_s_name:
        "Họ tên người ký",
        "Signer's name";
    the_body_directly_above_the_issuer:
        "Cơ quan cấp trên trực tiếp của cơ quan ban hành, nếu có: UBND TỈNH THANH HÓA",
        "The body directly above the issuer, if any: UBND TỈNH THANH HÓA";
    blank_the_issuer_is_the_unit:
        "Ví dụ ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH; để trống: lấy theo đơn vị (đoàn kiểm tra, thẩm định: cơ quan của đoàn)",
        "E.g. ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH; blank: taken from the unit (an inspection or appraisal: the agency)";
    leave_blank_for_the_clerk:
        "Ví dụ 12/BC-UBND; để trống để văn thư điền khi đăng ký",
        "E.g. 12/BC-UBND; leave blank for the clerk to fill on registration";
    the_place_of_the_date_line:
        "Địa danh của dòng “Hạc Thành, ngày … tháng … năm …” (biên bản không có dòng này)",
        "The place of the line “Hạc Thành, ngày … tháng … năm …” (minutes have no such line)";
    write_the_date_day_first_or_iso:
        "Ghi 05/01/2026 hoặc 2026-01-05; để trống: chừa chỗ ghi ngày bằng tay",
        "Write 2026-01-05 or 05/01/2026; blank: a space to write the date by hand";
    whom_the_document_is_sent_to:
        "Nơi gửi đến, sau “Kính gửi:” — ví dụ Sở Nội vụ tỉnh Thanh Hóa",
        "Whom it is sent to, after “Kính gửi:” — e.g. Sở Nội vụ tỉnh Thanh Hóa";
    one_basis_document_per_line:
        "Mỗi dòng một văn bản làm căn cứ: kế hoạch, quyết định kiểm tra…",
        "One document per line: the plan, the inspection decision…";
    one_member_per_line:
        "Mỗi dòng một người: họ tên, chức vụ, cơ quan",
        "One person per line: name, position, agency";
    remarks_on_strengths:
        "Nhận xét về ưu điểm; viết được nhiều dòng",
        "Remarks on what was done well; several lines allowed";
    remarks_on_shortcomings:
        "Tồn tại, hạn chế và nguyên nhân; viết được nhiều dòng",
        "Shortcomings and their causes; several lines allowed";
    one_recommendation_per_line:
        "Mỗi dòng một kiến nghị, kèm thời hạn nếu có",
        "One recommendation per line, with its deadline if it has one";
    tm_or_kt_blank_when_the_head_signs:
        "TM. ỦY BAN NHÂN DÂN (thay mặt), KT. CHỦ TỊCH (ký thay); để trống khi người đứng đầu tự ký",
        "TM. ỦY BAN NHÂN DÂN (on behalf of), KT. CHỦ TỊCH (signing for the head); blank when the head signs";
    the_signer_s_position_examples:
        "CHỦ TỊCH, PHÓ CHỦ TỊCH, TRƯỞNG ĐOÀN…; biên bản để trống: TRƯỞNG ĐOÀN",
        "CHỦ TỊCH (chair), PHÓ CHỦ TỊCH (vice chair), TRƯỞNG ĐOÀN (head of the team)…; minutes left blank: TRƯỞNG ĐOÀN";
    the_signer_s_full_name:
        "Họ và tên đầy đủ của người ký; biên bản để trống: người đầu tiên của bản đánh giá",
        "The signer's full name; minutes left blank: the record's first person";
    one_copy_recipient_per_line:
        "Mỗi dòng một nơi nhận; “Lưu: VT” tự thêm ở cuối",
        "One recipient per line; “Lưu: VT” is added at the end";
    field_one_item_per_line(field):
        " {field} — mỗi dòng một mục ",
        " {field} — one item per line ";
    read_only_2:
        " chỉ đọc ",
        " read-only ";
    close_2:
        " đóng ",
        " close ";
    // A terminal too small for any screen: said in both languages at once.
    window_too_small(w, h):
        "Cửa sổ quá nhỏ ({w}×{h}).",
        "Window too small ({w}×{h}).";
    enlarge_it_to(min_w, min_h):
        "Hãy phóng to tới ít nhất {min_w}×{min_h}.",
        "Please enlarge it to at least {min_w}×{min_h}.";
}
