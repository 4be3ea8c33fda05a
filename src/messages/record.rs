//! Records, inspections, scoring and what is still open before finalizing.

catalog! {
    the_record_uses_the_checklist_id(id, version):
        "bản đánh giá dùng mẫu {id}@{version}, nhưng mẫu này chưa được cài; chép tệp mẫu vào thư mục templates rồi mở lại",
        "the record uses the checklist {id}@{version}, which is not installed; copy its file into the templates folder and open again";
    the_checklist_id_version_has_changed(id, version):
        "nội dung mẫu {id}@{version} đã thay đổi sau khi lập bản đánh giá, nên bản đánh giá không được chấm lại theo mẫu mới; khôi phục tệp mẫu gốc, hoặc nâng `version` của mẫu đã sửa",
        "the checklist {id}@{version} has changed since the record was made, so the record is not re-scored against it; restore the original template file, or give the edited template a new `version`";
    the_record_is_open_read_only:
        "bản đánh giá đang mở ở chế độ chỉ đọc",
        "the record is open read-only";
    the_evidence_file_path_cannot_be(path, why):
        "không đính kèm được tệp minh chứng {path}: {why}",
        "the evidence file {path} cannot be attached: {why}";
    n_of_total_tasks_not_assessed(n, total):
        "{n}/{total} tiêu chí chưa đánh giá",
        "{n} of {total} tasks not assessed";
    n_without_evidence(n):
        "{n} chưa có minh chứng",
        "{n} without evidence";
    n_points_by_hand(n):
        "{n} chấm điểm tay",
        "{n} points by hand";
    n_assessed_without_the_evidence_asked(n):
        "{n} tiêu chí đã đánh giá nhưng chưa có minh chứng",
        "{n} assessed without the evidence asked for";
    n_with_points_given_by_hand(n):
        "{n} tiêu chí chấm điểm khác quy tắc",
        "{n} with points given by hand";
    and_more(more):
        " và {more} tiêu chí khác",
        " and {more} more";
    not_assessed:
        "chưa đánh giá",
        "not assessed";
    done:
        "hoàn thành",
        "done";
    partly_done:
        "hoàn thành một phần",
        "partly done";
    not_done:
        "không hoàn thành",
        "not done";
    not_applicable:
        "không áp dụng",
        "not applicable";
    points_is_above_the_maximum_of(points, max):
        "{points} điểm vượt điểm tối đa {max}",
        "{points} points is above the maximum of {max}";
    the_numerator_is_larger_than_the(numerator, denominator):
        "tử số {numerator} lớn hơn mẫu số {denominator}",
        "the numerator {numerator} is larger than the denominator {denominator}";
    points_is_not_a_multiple_of(points, step):
        "{points} điểm không phải là bội số của bước điểm {step} của mẫu này",
        "{points} points is not a multiple of this checklist's step of {step}";
    the_survey_result_value_is_above(value, scale):
        "kết quả điều tra {value} vượt thang điểm {scale}",
        "the survey result {value} is above its scale of {scale}";
    an_appraised_score_of_task_other(own, task):
        "điểm thẩm định của `{task}` khác điểm tự chấm {own} nên phải ghi lý do (--points-reason)",
        "an appraised score of `{task}` other than the self-score {own} needs a reason (--points-reason)";
    a_final_score_of_task_other(appraised, task):
        "điểm chốt của `{task}` khác điểm thẩm định {appraised} nên phải ghi lý do (--final-reason)",
        "a final score of `{task}` other than the appraised score {appraised} needs a reason (--final-reason)";
    the_task_has_no_status_yet:
        "tiêu chí chưa có trạng thái nên chưa cho điểm được; đặt trạng thái trước (ví dụ `--status partly`), rồi cho điểm",
        "the task has no status yet, so it cannot be given points; set a status first (e.g. `--status partly`), then the points";
    self_assessment:
        "tự đánh giá, chấm điểm",
        "self-assessment";
    inspection:
        "kiểm tra",
        "inspection";
    appraisal:
        "thẩm định",
        "appraisal";
    explanation:
        "giải trình",
        "explanation";
    the_field_is_required(field):
        "chưa nhập {field}",
        "{field} must be given";
    this_checklist_is_for_two_tier:
        "mẫu này dùng cho chính quyền địa phương hai cấp (từ 01/7/2025), không có cấp huyện: bỏ trống huyện",
        "this checklist is for two-tier local government (since 1 July 2025), which has no district: leave the district out";
    there_is_no_label_since_1(label):
        "từ 01/7/2025 không còn {label}: đơn vị cấp xã là xã, phường hoặc đặc khu",
        "there is no {label} since 1 July 2025: a commune-level unit is a commune, a ward or a special zone";
    province_name:
        "tên tỉnh/thành phố",
        "province name";
    district_name:
        "tên huyện/quận",
        "district name";
    commune_name:
        "tên xã/phường/đặc khu",
        "commune name";
    unit_code:
        "mã đơn vị hành chính",
        "unit code";
    former_unit_s_name:
        "tên đơn vị trước sắp xếp",
        "former unit's name";
    agency_s_name:
        "tên cơ quan kiểm tra, thẩm định",
        "agency's name";
    person_s_name:
        "tên người thực hiện",
        "person's name";
    field:
        "trường",
        "field";
    province:
        "tỉnh/thành phố",
        "province";
    district:
        "huyện/quận",
        "district";
    commune:
        "xã/phường/đặc khu",
        "commune";
    kind_of_unit:
        "loại đơn vị",
        "kind of unit";
    former_units:
        "đơn vị trước sắp xếp",
        "former units";
    inspecting_or_appraising_agency:
        "cơ quan kiểm tra, thẩm định",
        "inspecting or appraising agency";
    people:
        "người thực hiện",
        "people";
    ward:
        "phường",
        "ward";
    special_zone:
        "đặc khu",
        "special zone";
    township:
        "thị trấn",
        "township";
    marked_done_or_partly_done_without:
        "đã đánh dấu hoàn thành (hoặc một phần) nhưng chưa có minh chứng",
        "marked done or partly done without evidence";
    points_given_instead_of_the_rule(points, rule, reason):
        "cho {points} điểm thay vì {rule} theo quy tắc: {reason}",
        "{points} points given instead of the rule's {rule}: {reason}";
    partly_done_but_no_points_given:
        "hoàn thành một phần nhưng chưa cho điểm",
        "partly done but no points given";
    assessed_but_the_figures_are_missing:
        "đã đánh giá nhưng thiếu số liệu",
        "assessed but the figures are missing";
    has_a_line_break(what, shown, at):
        "{what} “{shown}” có dấu xuống dòng ở ký tự thứ {at}; hãy nhập trên một dòng",
        "the {what} “{shown}” has a line break at character {at}; type it on one line";
    has_a_tab(what, shown, at):
        "{what} “{shown}” có ký tự tab ở ký tự thứ {at}; hãy thay bằng dấu cách",
        "the {what} “{shown}” has a tab at character {at}; use a space instead";
    has_a_control_character(what, shown, code, at):
        "{what} “{shown}” có ký tự điều khiển U+{code} ở ký tự thứ {at}, có thể điều khiển màn hình terminal; hãy xóa ký tự đó",
        "the {what} “{shown}” has the control character U+{code} at character {at}, which can drive a terminal; remove it";
    has_a_direction_control(what, shown, code, at):
        "{what} “{shown}” có ký tự đổi chiều văn bản U+{code} ở ký tự thứ {at}, làm chữ hiện ra khác với nội dung thật; hãy xóa ký tự đó",
        "the {what} “{shown}” has the text-direction control U+{code} at character {at}, which makes text display differently from what it says; remove it";
    // Why a change is refused (record/change_error.rs).
    not_an_appraisal:
        "bản đánh giá này không phải là bản thẩm định",
        "this record is not an appraisal";
    the_communes_answer(id):
        "kết quả tự đánh giá của tiêu chí `{id}` là nội dung xã đã ký nên không sửa được khi thẩm định; dùng --points, --explanation hoặc --final",
        "the commune's answer to `{id}` is what it signed and cannot be changed in an appraisal; use --points, --explanation or --final";
    not_in_an_appraisal:
        "việc này không làm được trong bản thẩm định",
        "this cannot be done in an appraisal record";
    explanations_only:
        "bản giải trình chỉ ghi được nội dung giải trình (--explanation)",
        "an explanation record takes explanations only (--explanation)";
    marked_not_applicable_by_the_commune(id):
        "tiêu chí `{id}` được xã đánh dấu không áp dụng nên điểm của nó không được tính",
        "`{id}` was marked not applicable by the commune; its points do not count";
    the_record_is_finalized:
        "bản đánh giá đã chốt (chỉ đọc); mở lại nếu cần sửa",
        "the record is finalized (read-only); reopen it to change it";
    the_record_is_not_finalized:
        "bản đánh giá chưa chốt",
        "the record is not finalized";
    no_such_task(id):
        "mẫu này không có tiêu chí `{id}`",
        "no task `{id}` in this checklist";
    answered_through_components(id):
        "tiêu chí `{id}` được đánh giá qua các tiêu chí thành phần",
        "task `{id}` is answered through its component criteria";
    not_applicable_needs_a_reason:
        "cần ghi lý do không áp dụng",
        "not applicable needs a reason";
    points_by_hand_need_a_reason:
        "cho điểm khác quy tắc chấm thì phải ghi lý do",
        "points given instead of the rule's need a reason";
    reopening_needs_a_reason:
        "mở lại bản đánh giá cần ghi lý do",
        "reopening needs a reason";
    points_cannot_be_negative:
        "điểm không được âm",
        "points cannot be negative";
    does_not_apply_to_the_kind(field, kind):
        "`{field}` không dùng cho tiêu chí loại `{kind}`",
        "`{field}` does not apply to a `{kind}` task";
    not_a_date(value):
        "`{value}` không phải là ngày; viết dạng 05/01/2026 hoặc 2026-01-05",
        "`{value}` is not a date; write it as 2026-01-05 or 05/01/2026";
    document_field_is_one_line(field):
        "trường {field} của văn bản chỉ có một dòng, không xuống dòng được",
        "the document's {field} is one line: it cannot hold a line break";
    document_field_control_character(field, code):
        "trường {field} của văn bản có ký tự điều khiển U+{code}",
        "the document's {field} holds the control character U+{code}";
    evidence_not_listed(path):
        "tệp minh chứng `{path}` không có trong danh sách của tiêu chí này",
        "the evidence file `{path}` is not listed for this task";
    at_line_column(line, column, detail):
        "dòng {line}, cột {column}: {detail}",
        "line {line}, column {column}: {detail}";
    written_in_a_newer_format(found, supported):
        "bản đánh giá được ghi theo định dạng phiên bản {found}; chương trình này chỉ đọc được đến phiên bản {supported}",
        "the record is written in format version {found}; this program knows up to version {supported}";
}
