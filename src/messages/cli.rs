//! The command line: reports, prompts and errors of each subcommand.

catalog! {
    map_goes_with_compare_dir_the:
        "`--map` dùng cùng `--compare THƯ-MỤC`: ánh xạ ghép đơn vị mới với đơn vị cũ của kỳ trước",
        "`--map` goes with `--compare DIR`: the map sets new units beside the former units of the earlier period";
    failed_files_were_rejected_listed_above(failed):
        "{failed} tệp bị loại (xem danh sách ở trên); bảng xếp hạng không gồm các tệp đó. Sửa hoặc xin lại các tệp, hoặc dùng `--allow-rejected` để chấp nhận bảng như vậy",
        "{failed} files were rejected (listed above) and are not in the ranking; fix or ask again for them, or use `--allow-rejected` to accept the table as it is";
    there_is_no_trusted_public_key(source, trusted):
        "không có khóa công khai tin cậy nào (*.pub) ở {source}; chép khóa công khai của các xã vào thư mục khóa tin cậy {trusted}, hoặc dùng `--trusted THƯ-MỤC`",
        "there is no trusted public key (*.pub) in {source}; copy the communes' public keys into your trusted keys folder {trusted}, or use `--trusted DIR`";
    checking:
        "Đang kiểm tra",
        "Checking";
    checked_json_files_checked_units_ranked(checked, units, rejected, skipped):
        "Đã kiểm tra {checked} tệp .json: xếp hạng {units} đơn vị, loại {rejected} tệp; bỏ qua {skipped} tệp khác.",
        "{checked} .json files checked: {units} units ranked, {rejected} files rejected; {skipped} other files skipped.";
    period_rank_of_points(period, of, points):
        "{period}: hạng {of}, {points} điểm",
        "{period}: rank {of}, {points} points";
    period_no_result(period):
        "{period}: không có kết quả",
        "{period}: no result";
    average_of_the_former_units_compared(points):
        "Trung bình các đơn vị cũ (dùng để so sánh): {points} điểm",
        "Average of the former units (compared with): {points} points";
    written:
        "Đã ghi:",
        "Written:";
    note_there_is_no_signing_key:
        "Lưu ý: chưa có khóa ký nên các tệp không được ký; tạo khóa bằng `kiemtra keygen` để ký",
        "Note: there is no signing key, so the files are not signed; make one with `kiemtra keygen` to sign them";
    no_key_to_trust_there_is(trusted, own):
        "không biết tin khóa nào: chưa có thư mục khóa tin cậy {trusted} và chưa có khóa công khai của bạn ở {own}; dùng `--trusted THƯ-MỤC` hoặc `--key TỆP.pub`",
        "no key to trust: there is no trusted keys folder {trusted} and no public key of yours at {own}; use `--trusted DIR` or `--key FILE.pub`";
    there_is_no_public_key_pub(source):
        "không có khóa công khai (*.pub) nào trong {source}; chép khóa của người ký vào đó",
        "there is no public key (*.pub) in {source}; copy the signers' keys there";
    flag_is_required(flag):
        "cần `{flag}`",
        "`{flag}` is required";
    imported_the_explanation_hash_by_into(hash, by, record, tasks, done_tasks):
        "Đã nhập giải trình {hash} của {by} vào {record}: {tasks} tiêu chí ({done_tasks}).",
        "Imported the explanation {hash} by {by} into {record}: {tasks} criteria ({done_tasks}).";
    good_signature_key_id_hash(key_id, hash):
        "Chữ ký hợp lệ (khóa {key_id}); mã băm {hash}",
        "Good signature (key {key_id}); hash {hash}";
    created:
        "Đã tạo",
        "Created";
    next:
        "Tiếp theo",
        "Next";
    task_explanation_saved_in_record(record, task):
        "{task}: đã lưu giải trình vào {record}",
        "{task}: explanation saved in {record}";
    criterion_and_text_go_together:
        "`--criterion` và `--text` phải đi cùng nhau",
        "`--criterion` and `--text` go together";
    criteria_that_differ_from_the_self:
        "Tiêu chí khác điểm tự chấm",
        "Criteria that differ from the self-score";
    changed_change_s_to_the_document(changed):
        "Đã ghi {changed} thay đổi vào phần văn bản.",
        "{changed} change(s) to the document saved.";
    no_document_frame_yet_the_issuing:
        "Chưa ghi phần văn bản: cơ quan ban hành mặc định là Ủy ban nhân dân của xã, số và ngày để trống. Ví dụ: kiemtra doc BẢN-ĐÁNH-GIÁ --place \"Hạc Thành\" --date 05/01/2026",
        "No document frame yet: the issuing body defaults to the commune's People's Committee, number and date are left blank. For example: kiemtra doc RECORD --place \"Hạc Thành\" --date 05/01/2026";
    unknown_format_name_use_md_json(name):
        "không có định dạng `{name}`; dùng md, json, csv, html, xlsx hoặc pdf, cách nhau bởi dấu phẩy",
        "unknown format `{name}`; use md, json, csv, html, xlsx or pdf, comma-separated";
    warning_the_record_is_not_finalized:
        "Cảnh báo: bản đánh giá chưa chốt — xuất bản dự thảo (tài liệu ghi DỰ THẢO).",
        "Warning: the record is not finalized — exported as a draft (the documents say DRAFT).";
    warning_task_why_the_summary_lists(task, why):
        "Cảnh báo: tiêu chí {task}: {why}; bản tổng hợp ghi là thiếu",
        "Warning: task {task}: {why}; the summary lists it as missing";
    warning_the_export_folder_could_not(message):
        "Cảnh báo: không ghi nhớ được thư mục xuất ({message}); lần sau phải ghi lại --out",
        "Warning: the export folder could not be remembered ({message}); give --out again next time";
    signed_comment:
        "Chú thích được ký",
        "Signed comment";
    check_the_signature_with:
        "Kiểm tra chữ ký bằng",
        "Check the signature with";
    there_is_no_trusted_public_key_pub(source, trusted):
        "không có khóa công khai tin cậy nào (*.pub) ở {source}; chép khóa công khai của người gửi vào thư mục khóa tin cậy {trusted}, hoặc dùng `--trusted THƯ-MỤC` / `--key TỆP.pub`",
        "there is no trusted public key (*.pub) in {source}; copy the sender's public key into your trusted keys folder {trusted}, or use `--trusted DIR` / `--key FILE.pub`";
    warning_names_trusted_keys_share_the(names, names2, key_id):
        "Cảnh báo: {names} khóa tin cậy có cùng mã khóa {key_id} ({names2}); mỗi chữ ký được kiểm tra bằng toàn bộ khóa, và dòng «Khóa người ký» cho biết khóa nào đã ký",
        "Warning: {names} trusted keys share the key id {key_id} ({names2}); each signature is checked against the full key, and the \"Signer key\" line says which one signed";
    good_signature:
        "Chữ ký hợp lệ",
        "Good signature";
    trusted_comment:
        "Chú thích được ký",
        "Trusted comment";
    signer_key_id:
        "Mã khóa người ký",
        "Signer key id";
    signer_key:
        "Khóa người ký",
        "Signer key";
    the_key_file_names_nobody_kiemtra:
        "(tệp khóa không ghi tên; tạo khóa bằng `kiemtra keygen --name` để ghi)",
        "(the key file names nobody; `kiemtra keygen --name` writes one)";
    the_password_is_empty_type_one:
        "mật khẩu trống; nhập một mật khẩu, hoặc dùng `--no-password` nếu thật sự không muốn đặt",
        "the password is empty; type one, or use `--no-password` if you really want none";
    the_signing_key_pair_is_made:
        "Đã tạo cặp khóa ký.",
        "The signing key pair is made.";
    secret_key:
        "Khóa bí mật",
        "Secret key";
    signer:
        "Người ký",
        "Signer";
    the_key_names_no_signer_receivers:
        "Khóa không ghi tên người ký; nơi nhận chỉ thấy mã khóa. Dùng `--name \"UBND phường …\"` khi tạo khóa để họ thấy tên.",
        "The key names no signer; receivers see only its id. Give `--name \"UBND phường …\"` when making it so they see a name.";
    give_the_public_key_file_or:
        "Gửi tệp khóa công khai (hoặc dòng trên) cho nơi nhận để họ kiểm tra chữ ký; không bao giờ gửi khóa bí mật.",
        "Give the public key file (or the line above) to whoever checks your signatures; never share the secret key.";
    argument_at_shown_is_not_utf(at, shown):
        "đối số thứ {at} («{shown}») không phải văn bản UTF-8; kiemtra chỉ nhận tên và đường dẫn viết bằng UTF-8, hãy gõ lại đối số hoặc đổi tên tệp",
        "argument {at} (“{shown}”) is not UTF-8 text; kiemtra takes names and paths in UTF-8 only, so type it again or rename the file";
    period_is_not_a_period_write(period):
        "kỳ `{period}` không hợp lệ: ghi năm (2024) hoặc quý (2024-Q3)",
        "`{period}` is not a period: write a year (2024) or a quarter (2024-Q3)";
    created_record_name_on_template_path(template, path, name):
        "Đã tạo bản đánh giá {name} theo mẫu {template}\n  {path}",
        "Created record {name} on {template}\n  {path}";
    no_checklist_asked_see_them_with(asked):
        "không có mẫu `{asked}`; xem các mẫu bằng `kiemtra templates`",
        "no checklist `{asked}`; see them with `kiemtra templates`";
    template_from_label(template, label):
        "{template} từ {label}",
        "{template} from {label}";
    could_not_print_error(error):
        "không in ra được: {error}",
        "could not print: {error}";
    accept_explanation_final_and_final_reason:
        "--accept, --explanation, --final và --final-reason chỉ dùng cho bản thẩm định (`kiemtra appraise`)",
        "--accept, --explanation, --final and --final-reason are for appraisal records only (`kiemtra appraise`)";
    message_the_record_is_left_as(message):
        "{message}; bản đánh giá được giữ nguyên",
        "{message}; the record is left as it was";
    task_changed_change_s_saved_totals(task, changed, totals):
        "{task}: {changed} thay đổi đã lưu · {totals}",
        "{task}: {changed} change(s) saved · {totals}";
    task_changed_change_s_saved_summary(task, summary, changed):
        "{task}: {changed} thay đổi đã lưu · {summary}",
        "{task}: {changed} change(s) saved · {summary}";
    final_reason_goes_with_final:
        "--final-reason đi cùng --final",
        "--final-reason goes with --final";
    unknown_status_use_done_partly_not(status):
        "trạng thái `{status}` không hợp lệ; dùng done, partly, not-done, na hoặc not-assessed",
        "unknown status `{status}`; use done, partly, not-done, na or not-assessed";
    nothing_to_set_give_status_numerator:
        "không có gì để ghi: thêm --status, --numerator, --denominator, --count, --survey, --points, --notes hoặc --evidence",
        "nothing to set: give --status, --numerator, --denominator, --count, --survey, --points, --notes or --evidence";
    the_record_still_has_open_points:
        "bản đánh giá còn việc chưa xong:",
        "the record still has open points:";
    not_finalized_finish_the_points_above:
        "\nkhông chốt. Hoàn thành các mục trên, hoặc chạy lại với `--yes` để vẫn chốt như hiện có.",
        "\nnot finalized. Finish the points above, or run again with `--yes` to finalize it as it is.";
    the_record_is_finalized_read_only:
        "Đã chốt bản đánh giá (chỉ đọc).",
        "The record is finalized (read-only).";
    the_record_is_reopened_the_reason:
        "Đã mở lại bản đánh giá; lý do được ghi vào nhật ký.",
        "The record is reopened; the reason is in the audit trail.";
    final_:
        "ĐÃ CHỐT",
        "FINAL";
    section:
        "Phần",
        "Section";
    no_records_yet_make_one_with:
        "Chưa có bản đánh giá nào. Tạo bằng `kiemtra new` hoặc trong giao diện (`kiemtra`).",
        "No records yet. Make one with `kiemtra new` or in the UI (`kiemtra`).";
    final_2:
        "đã chốt",
        "final";
    record:
        "Bản đánh giá",
        "Record";
    assessed_points:
        "Đã đánh giá · điểm",
        "Assessed · points";
    bundled:
        "có sẵn",
        "bundled";
    earlier_text_for_existing_records:
        "bản cũ, cho bản đánh giá đã lập",
        "earlier text, for existing records";
    level:
        "Cấp",
        "Level";
    applies_to:
        "Áp dụng",
        "Applies to";
    tasks:
        "Tiêu chí",
        "Tasks";
    title:
        "Tên",
        "Title";
    source:
        "Nguồn",
        "Source";
    skipped_a_broken_checklist_path_see(path):
        "Bỏ qua mẫu lỗi {path} (xem `kiemtra validate {path}`)",
        "Skipped a broken checklist {path} (see `kiemtra validate {path}`)";
    n2_tiers:
        "2 cấp",
        "2 tiers";
    n3_tiers:
        "3 cấp",
        "3 tiers";
    tiers_from_label(label, tiers):
        "{tiers}, từ {label}",
        "{tiers}, from {label}";
    give_one_xlsx_file_or_xls:
        "cho một tệp .xlsx (hoặc .xls, .ods), hoặc hai tệp .csv: trang Tiêu chí và trang Thông tin chung",
        "give one .xlsx file (or .xls, .ods), or two .csv files: the Criteria sheet and the Settings sheet";
    names_problems_error_s_nothing_was(problems, names):
        "{names}: {problems} lỗi; không ghi tệp nào",
        "{names}: {problems} error(s); nothing was written";
    names_valid_template_answerable_tasks_total(answerable, total_points, names, template):
        "{names}: hợp lệ — {template}, {answerable} tiêu chí, {total_points} điểm; chưa ghi tệp nào",
        "{names}: valid — {template}, {answerable} tasks, {total_points} points; nothing written";
    template_exists_already_clash_give_yours(template, clash):
        "{template} đã có ({clash}); đặt mã hoặc phiên bản khác ở trang Thông tin chung (Mã bộ tiêu chí, Phiên bản)",
        "{template} exists already ({clash}); give yours another id or version on the Settings sheet (Id, Version)";
    message_or_add_force(message):
        "{message}, hoặc thêm --force",
        "{message}, or add --force";
    note_message(message):
        "Lưu ý: {message}",
        "Note: {message}";
    wrote_shown_template_answerable_tasks_total(answerable, total_points, shown, template):
        "Đã ghi {shown} — {template}, {answerable} tiêu chí, {total_points} điểm",
        "Wrote {shown} — {template}, {answerable} tasks, {total_points} points";
    bundled_2:
        "mẫu có sẵn",
        "bundled";
    shown_exists_already_add_force_to(shown):
        "{shown} đã có; thêm --force để ghi đè, hoặc chọn --out khác",
        "{shown} exists already; add --force to replace it, or choose another --out";
    could_not_write_shown_error(error, shown):
        "không ghi được {shown}: {error}",
        "could not write {shown}: {error}";
    out_must_be_an_xlsx_file:
        "--out phải là tệp .xlsx, ví dụ --out bo-chi-so.xlsx",
        "--out must be an .xlsx file, for example --out index.xlsx";
    wrote_shown_template_edit_it_then(shown, template):
        "Đã ghi {shown} — {template}; sửa rồi nhập lại bằng `kiemtra template import {shown}`",
        "Wrote {shown} — {template}; edit it, then import it with `kiemtra template import {shown}`";
    no_changes:
        "Không có thay đổi.",
        "No changes.";
    asked_the_file_is_not_utf(asked):
        "{asked}: tệp không phải văn bản UTF-8",
        "{asked}: the file is not UTF-8 text";
    asked_the_checklist_has_d_error(d, asked):
        "{asked}: mẫu có {d} lỗi; xem `kiemtra validate {asked}`",
        "{asked}: the checklist has {d} error(s); see `kiemtra validate {asked}`";
    asked_the_spreadsheet_has_d_error(d, asked):
        "{asked}: bảng tính có {d} lỗi; xem `kiemtra template import {asked}`",
        "{asked}: the spreadsheet has {d} error(s); see `kiemtra template import {asked}`";
    name_error_the_file_is_not(name):
        "{name}: lỗi: tệp không phải văn bản UTF-8\n  = cách sửa: lưu lại tệp với bảng mã UTF-8",
        "{name}: error: the file is not UTF-8 text\n  = fix: save the file again as UTF-8";
    valid:
        "hợp lệ",
        "valid";
    name_diagnostics_error_s(diagnostics, name):
        "{name}: {diagnostics} lỗi",
        "{name}: {diagnostics} error(s)";
    bad_files_of_files_file_s(files, bad_files):
        "{bad_files}/{files} tệp có lỗi",
        "{bad_files} of {files} file(s) have errors";
    no_edition_applies_to(asked, period, listed):
        "không có phiên bản nào của `{asked}` áp dụng cho {period} ({listed}); chọn kỳ khác hoặc phiên bản khác",
        "no edition of `{asked}` applies to {period} ({listed}); choose another period or edition";
    // Usage errors, worded from what clap found (cli/parse_error.rs); the English follows
    // clap's own wording.
    did_you_mean_it(suggestion):
        "; có phải ý bạn là «{suggestion}»?",
        "; did you mean '{suggestion}'?";
    the_values_taken(values):
        "; các giá trị nhận được: {values}",
        "; possible values: {values}";
    needs_a_value(arg, valid):
        "{arg} cần một giá trị{valid}",
        "a value is required for '{arg}' but none was supplied{valid}";
    invalid_value_for(value, arg, valid):
        "giá trị «{value}» không hợp lệ cho {arg}{valid}",
        "invalid value '{value}' for '{arg}'{valid}";
    no_such_option(arg, suggestion):
        "không có tùy chọn «{arg}»{suggestion}",
        "unexpected argument '{arg}' found{suggestion}";
    no_such_command(arg, suggestion):
        "không có lệnh «{arg}»{suggestion}",
        "unrecognized subcommand '{arg}'{suggestion}";
    missing_arguments(args):
        "còn thiếu: {args}",
        "the following required arguments were not provided: {args}";
    a_command_is_missing:
        "còn thiếu lệnh",
        "a subcommand is required but one was not provided";
    given_only_once(arg):
        "{arg} chỉ được ghi một lần",
        "the argument '{arg}' cannot be used multiple times";
    cannot_be_used_with(arg, prior):
        "{arg} không dùng cùng {prior}",
        "the argument '{arg}' cannot be used with '{prior}'";
    wrong_number_of_values(arg):
        "số giá trị cho {arg} không đúng",
        "the wrong number of values was given to '{arg}'";
    needs_equals_then_value(arg):
        "{arg} cần dấu = rồi giá trị",
        "equal sign is needed when assigning values to '{arg}'";
    an_argument_is_not_utf8:
        "đối số không phải văn bản UTF-8",
        "invalid UTF-8 was detected in one or more arguments";
    usage_error(first):
        "lỗi: {first}",
        "error: {first}";
    usage_line(usage):
        "\n\nCách dùng: {usage}",
        "\n\nUsage: {usage}";
    see_help:
        "\n\nXem thêm: thêm `--help` vào lệnh.",
        "\n\nFor more information, add '--help' to the command.";
}
