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
        "the {field} is required";
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
}
