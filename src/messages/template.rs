//! Checklist templates: their problems, the spreadsheet import and the diff.

catalog! {
    error:
        "lỗi",
        "error";
    fix:
        "cách sửa",
        "fix";
    components_component_criteria(components):
        "gồm {components} tiêu chí thành phần",
        "{components} component criteria";
    check:
        "kiểm tra",
        "check";
    proportional_rate:
        "tỷ lệ thuận",
        "proportional rate";
    rate_bands(bands):
        "tỷ lệ, khung {bands}",
        "rate, bands {bands}";
    count_target_t(t):
        "số lượng, chỉ tiêu {t}",
        "count, target {t}";
    survey_scale(scale):
        "điều tra, thang {scale}",
        "survey, scale {scale}";
    deduction_per_occurrence(per):
        "điểm trừ, {per} mỗi lần",
        "deduction, {per} per occurrence";
    tiers:
        "Số cấp chính quyền",
        "Tiers";
    first_period:
        "Áp dụng từ kỳ",
        "First period";
    total:
        "Tổng điểm",
        "Total";
    step:
        "Bước điểm",
        "Step";
    bonus_cap:
        "Điểm thưởng tối đa",
        "Bonus cap";
    grades:
        "Xếp loại",
        "Grades";
    maximum_value(value):
        " (tối đa {value} điểm)",
        " (maximum {value})";
    id_added_title_points(title, points, id):
        "+ {id} thêm: {title}{points}",
        "+ {id} added: {title}{points}";
    id_removed_title_points(title, points, id):
        "- {id} bỏ: {title}{points}",
        "- {id} removed: {title}{points}";
    id_renamed_from_to(from, to, id):
        "~ {id} đổi tên: «{from}» → «{to}»",
        "~ {id} renamed: “{from}” → “{to}”";
    id_maximum_from_to(from, to, id):
        "~ {id} điểm tối đa: {from} → {to}",
        "~ {id} maximum: {from} → {to}";
    id_method_describe_to_describe(describe, to_describe, id):
        "~ {id} cách chấm: {describe} → {to_describe}",
        "~ {id} method: {describe} → {to_describe}";
    added:
        "thêm",
        "added";
    removed:
        "bỏ",
        "removed";
    renamed:
        "đổi tên",
        "renamed";
    maximum_changed:
        "đổi điểm tối đa",
        "maximum changed";
    method_changed:
        "đổi cách chấm",
        "method changed";
    settings_changed:
        "đổi thông số",
        "settings changed";
    commune:
        "cấp xã",
        "commune";
    district:
        "cấp huyện",
        "district";
    department:
        "cấp sở, ngành",
        "department";
    the_file_is_not_valid_toml(detail):
        "tệp không đúng cú pháp TOML: {detail}",
        "the file is not valid TOML: {detail}";
    unknown_key(key):
        "khóa `{key}` không có trong định dạng mẫu",
        "unknown key `{key}`";
    unknown_value_expected(expected, value):
        "giá trị `{value}` không hợp lệ; chỉ nhận {expected}",
        "unknown value `{value}`; expected {expected}";
    wrong_type_expected_found(expected, found):
        "sai kiểu: cần {expected}, nhưng gặp {found}",
        "wrong type: expected {expected}, found {found}";
    the_required_key_is_missing(key):
        "thiếu khóa bắt buộc `{key}`",
        "the required key `{key}` is missing";
    invalid_value_detail(detail):
        "giá trị không hợp lệ: {detail}",
        "invalid value: {detail}";
    the_key_schema_format_version_is:
        "thiếu khóa `schema` (phiên bản định dạng)",
        "the key `schema` (format version) is missing";
    the_template_is_written_for_format(found, supported):
        "mẫu viết cho định dạng phiên bản {found}, chương trình này chỉ hiểu đến phiên bản {supported}",
        "the template is written for format version {found}; this program knows up to version {supported}";
    the_id_has_characters_that_are(id):
        "mã `{id}` có ký tự không được phép",
        "the id `{id}` has characters that are not allowed";
    the_id_is_already_used_on(id, first_line):
        "mã `{id}` đã dùng ở dòng {first_line}",
        "the id `{id}` is already used on line {first_line}";
    the_title_is_blank_in_both:
        "tiêu đề trống ở cả hai ngôn ngữ",
        "the title is blank in both languages";
    the_version_is_blank:
        "phiên bản (`version`) để trống",
        "the `version` is blank";
    the_template_has_no_section:
        "mẫu không có phần (`[[section]]`) nào",
        "the template has no `[[section]]`";
    section_id_has_no_section_task(id):
        "phần `{id}` không có tiêu chí (`[[section.task]]`) nào",
        "section `{id}` has no `[[section.task]]`";
    value_is_not_valid_points_they(value):
        "số điểm {value} không hợp lệ: phải ≥ 0 và có tối đa hai chữ số thập phân",
        "{value} is not valid points: they must be ≥ 0 with at most two decimals";
    a_rate_task_needs_the_key(key):
        "tiêu chí loại `rate` cần khóa `{key}`",
        "a `rate` task needs the key `{key}`";
    the_key_does_not_apply_to(key, kind):
        "khóa `{key}` không dùng cho tiêu chí loại `{kind}`",
        "the key `{key}` does not apply to a `{kind}` task";
    the_threshold_min_must_be_a(min):
        "ngưỡng `min = {min}` phải là tỷ lệ phần trăm từ 0 đến 100, tối đa hai chữ số thập phân",
        "the threshold `min = {min}` must be a percentage from 0 to 100 with at most two decimals";
    the_bands_are_not_in_decreasing(min, previous):
        "các mức chưa theo thứ tự giảm dần: {min} đứng sau {previous}",
        "the bands are not in decreasing order: {min} comes after {previous}";
    the_band_gives_band_points_above(band, max):
        "mức cho {band} điểm, vượt điểm tối đa {max} của tiêu chí",
        "the band gives {band} points, above the task's maximum of {max}";
    a_lower_band_gives_more_points(points, previous):
        "mức thấp hơn lại cho nhiều điểm hơn ({points} > {previous})",
        "a lower band gives more points ({points} > {previous})";
    the_target_must_be_a_positive(target):
        "chỉ tiêu {target} phải là số nguyên dương",
        "the target {target} must be a positive whole number";
    a_component_criterion_cannot_have_components:
        "tiêu chí thành phần không được có tiêu chí thành phần con",
        "a component criterion cannot have components of its own";
    the_criterion_has_declared_points_but(declared, sum):
        "tiêu chí có {declared} điểm nhưng các tiêu chí thành phần cộng lại {sum} điểm",
        "the criterion has {declared} points but its components add up to {sum}";
    total_points_declared_but_the_tasks(declared, sum):
        "`total_points = {declared}` nhưng các tiêu chí cộng lại {sum} điểm",
        "`total_points = {declared}` but the tasks add up to {sum} points";
    a_kind_task_needs_the_key(kind, key):
        "tiêu chí loại `{kind}` cần khóa `{key}`",
        "a `{kind}` task needs the key `{key}`";
    key_value_must_be_a_number(key, value):
        "`{key} = {value}` phải là số lớn hơn 0, tối đa hai chữ số thập phân",
        "`{key} = {value}` must be a number above 0 with at most two decimals";
    tiers_value_is_not_valid_only(value):
        "`tiers = {value}` không hợp lệ: chỉ nhận 2 (tỉnh → xã, từ 01/7/2025) hoặc 3 (tỉnh → huyện → xã)",
        "`tiers = {value}` is not valid: only 2 (province → commune, since 1 July 2025) or 3 (province → district → commune)";
    from_value_is_not_a_period(value):
        "`from = \"{value}\"` không phải là kỳ: ghi năm (2025) hoặc quý (2025-Q3)",
        "`from = \"{value}\"` is not a period: write a year (2025) or a quarter (2025-Q3)";
    step_value_must_be_from_0(value):
        "`step = {value}` phải từ 0,01 đến 1, tối đa hai chữ số thập phân",
        "`step = {value}` must be from 0.01 to 1 with at most two decimals";
    points_is_not_a_multiple_of(points, step):
        "{points} điểm không phải là bội số của bước điểm {step}",
        "{points} points is not a multiple of the step {step}";
    a_proportional_rate_method_proportional_has:
        "tiêu chí tính điểm theo tỷ lệ (`method = \"proportional\"`) không có `bands`",
        "a proportional rate (`method = \"proportional\"`) has no `bands`";
    the_bonus_section_needs_a_bonus(section):
        "lĩnh vực điểm thưởng `{section}` cần mức tối đa `bonus_cap` ở đầu mẫu",
        "the bonus section `{section}` needs a `bonus_cap` at the top of the template";
    the_deduction_task_must_be_in(task):
        "tiêu chí điểm trừ `{task}` phải nằm trong lĩnh vực `part = \"deduction\"`",
        "the deduction `{task}` must be in a section with `part = \"deduction\"`";
    a_deduction_section_holds_only_kind(task):
        "lĩnh vực điểm trừ chỉ chứa tiêu chí `kind = \"deduction\"`, nhưng `{task}` không phải",
        "a deduction section holds only `kind = \"deduction\"` tasks, and `{task}` is not one";
    the_grade_threshold_min_must_be(min):
        "ngưỡng xếp loại `min = {min}` phải là tỷ lệ phần trăm từ 0 đến 100",
        "the grade threshold `min = {min}` must be a percentage from 0 to 100";
    the_grade_threshold_min_must_be_below(min, previous):
        "ngưỡng xếp loại {min} phải nhỏ hơn ngưỡng trước đó {previous}",
        "the grade threshold {min} must be below the one before it, {previous}";
    correct_the_syntax_at_the_position:
        "sửa cú pháp tại vị trí đã chỉ (dấu ngoặc kép, dấu bằng, dấu phẩy trong bảng một dòng)",
        "correct the syntax at the position shown (quotes, `=`, commas in inline tables)";
    did_you_mean_near_keys_allowed(expected, near):
        "có phải ý là `{near}`? Các khóa dùng được ở đây: {expected}",
        "did you mean `{near}`? Keys allowed here: {expected}";
    remove_it_keys_allowed_here_expected(expected):
        "xóa khóa này; các khóa dùng được ở đây: {expected}",
        "remove it; keys allowed here: {expected}";
    did_you_mean_near(near):
        "có phải ý là `{near}`?",
        "did you mean `{near}`?";
    use_one_of_expected(expected):
        "dùng một trong: {expected}",
        "use one of: {expected}";
    write_the_value_as_expected(expected):
        "viết giá trị dưới dạng {expected}",
        "write the value as {expected}";
    add_key_to_this_table(key):
        "thêm `{key} = …` vào bảng này",
        "add `{key} = …` to this table";
    correct_the_value_as_docs_checklist:
        "sửa giá trị theo tài liệu docs/checklist-format.md",
        "correct the value as docs/checklist-format.md describes";
    put_a_regular_toml_checklist_file:
        "đặt vào thư mục templates một tệp mẫu TOML thường, hoặc xóa tệp này",
        "put a regular TOML checklist file in the templates folder, or remove this one";
    add_the_line_schema_1_at:
        "thêm dòng `schema = 1` ở đầu tệp",
        "add the line `schema = 1` at the top of the file";
    update_kiemtra_to_a_newer_version:
        "cập nhật kiemtra lên phiên bản mới hơn, hoặc dùng mẫu viết cho phiên bản này",
        "update kiemtra to a newer version, or use a template written for this one";
    use_only_ascii_letters_digits_and:
        "chỉ dùng chữ cái không dấu, chữ số, `.`, `_` và `-` (ví dụ \"1.2\" hoặc \"mot-cua\")",
        "use only ASCII letters, digits, `.`, `_` and `-` (for example \"1.2\" or \"one-stop\")";
    give_every_section_and_every_task:
        "đặt cho mỗi phần và mỗi tiêu chí một mã riêng",
        "give every section and every task its own id";
    write_a_title_for_example_title:
        "ghi tiêu đề, ví dụ `title = { vi = \"…\", en = \"…\" }`",
        "write a title, for example `title = { vi = \"…\", en = \"…\" }`";
    write_a_version_for_example_version:
        "ghi phiên bản, ví dụ `version = \"2024.1\"`",
        "write a version, for example `version = \"2024.1\"`";
    add_at_least_one_section_with:
        "thêm ít nhất một phần và một tiêu chí, hoặc xóa phần trống",
        "add at least one section with one task, or remove the empty section";
    write_points_such_as_2_1:
        "ghi số điểm như 2, 1.5 hoặc 0.25",
        "write points such as 2, 1.5 or 0.25";
    add_key_see_the_example_in(key):
        "thêm `{key} = …` (xem ví dụ trong docs/checklist-format.md), hoặc đổi `kind`",
        "add `{key} = …` (see the example in docs/checklist-format.md), or change `kind`";
    remove_the_key_or_change_kind:
        "xóa khóa này, hoặc đổi `kind` cho đúng loại tiêu chí",
        "remove the key, or change `kind` to the kind of task meant";
    write_the_threshold_as_min_98:
        "ghi ngưỡng như `min = 98` hoặc `min = 97.5`",
        "write the threshold as `min = 98` or `min = 97.5`";
    list_the_bands_from_the_highest:
        "xếp các mức từ ngưỡng cao nhất xuống thấp nhất, mỗi ngưỡng một lần",
        "list the bands from the highest threshold down, each threshold once";
    lower_the_band_s_points_or:
        "giảm điểm của mức, hoặc tăng `points` của tiêu chí",
        "lower the band's points, or raise the task's `points`";
    give_a_lower_threshold_the_same:
        "cho mức ngưỡng thấp hơn số điểm bằng hoặc ít hơn",
        "give a lower threshold the same points or fewer";
    write_the_target_as_a_whole:
        "ghi chỉ tiêu là số nguyên lớn hơn 0, hoặc bỏ `target`",
        "write the target as a whole number above 0, or remove `target`";
    move_the_nested_component_up_beside:
        "đưa tiêu chí thành phần con lên cùng cấp với các tiêu chí thành phần khác",
        "move the nested component up beside the other components";
    set_the_criterion_s_points_sum(sum):
        "đặt `points = {sum}` cho tiêu chí, hoặc sửa điểm các tiêu chí thành phần",
        "set the criterion's `points = {sum}`, or correct its components' points";
    set_total_points_sum_or_correct(sum):
        "đặt `total_points = {sum}`, hoặc sửa điểm các tiêu chí",
        "set `total_points = {sum}`, or correct the tasks' points";
    add_key_see_section_15_of(key):
        "thêm `{key} = …` (xem mục 15 của docs/checklist-format.md), hoặc đổi `kind`",
        "add `{key} = …` (see section 15 of docs/checklist-format.md), or change `kind`";
    write_key_as_key_100_or(key):
        "ghi `{key}` như `{key} = 100` hoặc `{key} = 0.25`",
        "write `{key}` as `{key} = 100` or `{key} = 0.25`";
    write_tiers_2_for_editions_from:
        "ghi `tiers = 2` cho mẫu từ năm 2025, `tiers = 3` cho các kỳ trước",
        "write `tiers = 2` for editions from 2025, `tiers = 3` for earlier periods";
    write_it_as_from_2025_or:
        "ghi như `from = \"2025\"` hoặc `from = \"2025-Q3\"`",
        "write it as `from = \"2025\"` or `from = \"2025-Q3\"`";
    write_it_as_step_0_25:
        "ghi như `step = 0.25` hoặc `step = 0.5`",
        "write it as `step = 0.25` or `step = 0.5`";
    round_the_points_to_a_multiple(step):
        "làm tròn điểm đến bội số của {step}, hoặc đổi `step`",
        "round the points to a multiple of {step}, or change `step`";
    remove_bands_or_remove_method_proportional:
        "xóa `bands`, hoặc bỏ `method = \"proportional\"` để chấm theo khung",
        "remove `bands`, or remove `method = \"proportional\"` to score by bands";
    add_bonus_cap_the_most_bonus:
        "thêm `bonus_cap = …` (số điểm thưởng tối đa được cộng) trước `[[section]]` đầu tiên",
        "add `bonus_cap = …` (the most bonus points counted) before the first `[[section]]`";
    put_the_deductions_in_a_section:
        "đặt các tiêu chí điểm trừ vào một lĩnh vực riêng có `part = \"deduction\"`",
        "put the deductions in a section of their own with `part = \"deduction\"`";
    write_the_threshold_as_min_90:
        "ghi ngưỡng như `min = 90` hoặc `min = 72.5`",
        "write the threshold as `min = 90` or `min = 72.5`";
    list_the_grade_tables_from_the:
        "xếp các `[[grade]]` từ cao xuống thấp, mỗi ngưỡng một khác",
        "list the `[[grade]]` tables from the highest down, each threshold different";
    criteria:
        "Tiêu chí",
        "Criteria";
    settings:
        "Thông tin chung",
        "Settings";
    setting:
        "Thông số",
        "Setting";
    value:
        "Giá trị",
        "Value";
    english:
        "Tiếng Anh",
        "English";
    district_2:
        "huyện",
        "district";
    department_2:
        "sở",
        "department";
    yes:
        "có",
        "yes";
    there_is_no_name_sheet_the(name, seen):
        "không có trang “{name}” (các trang có: {seen})",
        "there is no “{name}” sheet (the sheets are: {seen})";
    the_criteria_sheet_has_no_header:
        "trang tiêu chí không có dòng tiêu đề cột (cần có cột “Mã” và cột “Tên tiêu chí (vi)” hoặc “Tên tiêu chí (en)”)",
        "the criteria sheet has no header row (it needs an “Id” column and a “Title (vi)” or “Title (en)” column)";
    the_settings_sheet_has_no_header:
        "trang thông tin chung không có dòng tiêu đề “Thông số | Giá trị | Tiếng Anh”",
        "the settings sheet has no header row “Setting | Value | English”";
    the_column_header_is_not_part(header):
        "cột “{header}” không có trong mẫu bảng tính",
        "the column “{header}” is not part of the layout";
    the_column_header_is_already_at(header, first):
        "cột “{header}” đã có ở ô {first}",
        "the column “{header}” is already at {first}";
    the_column_is_missing(column):
        "thiếu cột {column}",
        "the column {column} is missing";
    label_is_not_a_setting_of(label):
        "thông số “{label}” không có trong mẫu bảng tính",
        "“{label}” is not a setting of the layout";
    this_setting_is_already_given_at(first):
        "thông số này đã ghi ở ô {first}",
        "this setting is already given at {first}";
    the_setting_label_is_missing(label):
        "thiếu thông số “{label}”",
        "the setting “{label}” is missing";
    text_is_not_a_number(text):
        "“{text}” không phải một số",
        "“{text}” is not a number";
    text_has_more_than_two_decimals(text):
        "“{text}” có quá hai chữ số thập phân",
        "“{text}” has more than two decimals";
    text_is_not_a_whole_number(text):
        "“{text}” không phải số nguyên",
        "“{text}” is not a whole number";
    text_is_not_valid_in_this(expected, text):
        "“{text}” không hợp lệ ở cột này; chỉ nhận {expected}",
        "“{text}” is not valid in this column; expected {expected}";
    the_row_has_content_but_no:
        "dòng có nội dung nhưng không có mã tiêu chí",
        "the row has content but no id";
    the_maximum_is_empty:
        "điểm tối đa để trống",
        "the maximum is empty";
    the_id_is_already_used_at(id, first):
        "mã “{id}” đã dùng ở ô {first}",
        "the id “{id}” is already used at {first}";
    id_belongs_to_parent_but_no(id, parent):
        "“{id}” thuộc “{parent}”, nhưng không có dòng “{parent}” nào ở phía trên",
        "“{id}” belongs to “{parent}”, but no row “{parent}” comes before it";
    id_is_a_component_of_a(id):
        "“{id}” là tiêu chí thành phần của một tiêu chí thành phần; chỉ có lĩnh vực → tiêu chí → tiêu chí thành phần",
        "“{id}” is a component of a component; there are only fields → criteria → component criteria";
    a_field_section_row_does_not(column):
        "dòng lĩnh vực không dùng cột {column}",
        "a field (section) row does not use the column {column}";
    only_a_field_section_row_uses(column):
        "chỉ dòng lĩnh vực mới dùng cột {column}",
        "only a field (section) row uses the column {column}";
    the_field_s_maximum_is_declared(declared, sum):
        "lĩnh vực có điểm tối đa {declared} nhưng các tiêu chí của nó cộng lại {sum}",
        "the field's maximum is {declared} but its criteria add up to {sum}";
    the_band_entry_cannot_be_read(entry):
        "không hiểu mức “{entry}”; mỗi mức ghi “ngưỡng %: điểm”",
        "the band “{entry}” cannot be read; write each as “threshold %: points”";
    the_grade_entry_cannot_be_read(entry):
        "không hiểu mức xếp loại “{entry}”; mỗi mức ghi “ngưỡng: tên”",
        "the grade “{entry}” cannot be read; write each as “threshold: name”";
    the_english_grades_have_other_thresholds:
        "các ngưỡng xếp loại bằng tiếng Anh khác các ngưỡng bằng tiếng Việt",
        "the English grades have other thresholds than the Vietnamese ones";
    save_the_spreadsheet_as_xlsx_excel:
        "lưu bảng tính dạng .xlsx (Excel, LibreOffice) hoặc .csv UTF-8 rồi nhập lại",
        "save the spreadsheet as .xlsx (Excel, LibreOffice) or as UTF-8 .csv and import it again";
    add_a_header_row_above_the:
        "thêm một dòng tiêu đề cột phía trên các tiêu chí: Mã | Tên tiêu chí (vi) | Tên tiêu chí (en) | Điểm tối đa | …",
        "add a header row above the criteria: Id | Title (vi) | Title (en) | Maximum | …";
    add_the_header_row_setting_value:
        "thêm dòng tiêu đề “Thông số | Giá trị | Tiếng Anh” phía trên các thông số",
        "add the header row “Setting | Value | English” above the settings";
    did_you_mean_near_name_a(near):
        "có phải ý là “{near}”? Cột ghi chú thì đặt tên “Ghi chú” hoặc bắt đầu bằng #",
        "did you mean “{near}”? Name a notes column “Notes” or start it with #";
    use_one_of_the_columns_all(all_headers):
        "dùng một trong các cột: {all_headers}; cột ghi chú thì đặt tên “Ghi chú” hoặc bắt đầu bằng #",
        "use one of the columns: {all_headers}; name a notes column “Notes” or start it with #";
    keep_one_of_the_two_columns:
        "giữ một cột, xóa hoặc đổi tên cột kia",
        "keep one of the two columns; remove or rename the other";
    add_the_column_to_the_header(column):
        "thêm cột {column} vào dòng tiêu đề",
        "add the column {column} to the header row";
    did_you_mean_near_2(near):
        "có phải ý là “{near}”?",
        "did you mean “{near}”?";
    use_one_of_the_settings_all(all_labels):
        "dùng một trong các thông số: {all_labels}",
        "use one of the settings: {all_labels}";
    keep_one_of_the_two_rows:
        "giữ một dòng, xóa dòng kia",
        "keep one of the two rows and remove the other";
    add_a_row_label_to_the(label):
        "thêm dòng “{label}” vào trang Thông tin chung",
        "add a row “{label}” to the Settings sheet";
    write_a_whole_number_for_example:
        "ghi một số nguyên, ví dụ 12",
        "write a whole number, for example 12";
    write_a_number_with_at_most:
        "ghi số với tối đa hai chữ số thập phân, dấu phẩy hoặc dấu chấm đều được: 2,5 · 0,25 · 2.5",
        "write a number with at most two decimals, with a comma or a point: 2.5 · 0.25 · 2,5";
    write_one_of_expected(expected):
        "ghi một trong: {expected}",
        "write one of: {expected}";
    write_the_id_in_the_id:
        "ghi mã vào cột Mã (ví dụ 1, 1.2, 1.2.3), hoặc xóa dòng; tổng điểm ghi ở trang Thông tin chung",
        "write the id in the Id column (for example 1, 1.2, 1.2.3), or delete the row; the total goes on the Settings sheet";
    write_the_criterion_s_maximum_points:
        "ghi điểm tối đa của tiêu chí (0 nếu tiêu chí không có điểm)",
        "write the criterion's maximum points (0 if it has none)";
    give_every_row_its_own_id:
        "đặt cho mỗi dòng một mã riêng; nếu cột Mã định dạng số (1.10 thành 1.1), hãy định dạng cột là Văn bản",
        "give every row its own id; if the Id column is formatted as numbers (1.10 becomes 1.1), format it as Text";
    add_the_parent_s_row_above:
        "thêm dòng của tiêu chí cha phía trên, sửa mã, hoặc ghi mã cha vào cột “Thuộc”",
        "add the parent's row above it, correct the id, or write the parent's id in the “Parent” column";
    move_it_up_beside_the_other:
        "đưa tiêu chí này lên cùng cấp với các tiêu chí thành phần khác",
        "move it up beside the other component criteria";
    leave_the_cell_empty_or_if:
        "để trống ô này, hoặc nếu đây là một tiêu chí thì sửa mã (ví dụ 1.1)",
        "leave the cell empty, or if the row is a criterion, correct its id (for example 1.1)";
    leave_the_cell_empty_the_part:
        "để trống ô này; phần (điểm thưởng, điểm trừ) ghi ở dòng lĩnh vực",
        "leave the cell empty; the part (bonus, deduction) goes on the field's row";
    write_the_field_s_maximum_as(sum):
        "ghi điểm tối đa của lĩnh vực là {sum}, để trống, hoặc sửa điểm các tiêu chí",
        "write the field's maximum as {sum}, leave it empty, or correct its criteria's points";
    write_the_bands_separated_by_semicolons:
        "ghi các mức cách nhau bởi dấu chấm phẩy, từ cao xuống: 98%: 4; 95%: 3; 90%: 1,5",
        "write the bands separated by semicolons, highest first: 98%: 4; 95%: 3; 90%: 1.5";
    write_the_grades_separated_by_semicolons:
        "ghi các mức cách nhau bởi dấu chấm phẩy, từ cao xuống: 90: Xuất sắc; 80: Tốt",
        "write the grades separated by semicolons, highest first: 90: Excellent; 80: Good";
    write_the_same_thresholds_in_the:
        "ghi cùng các ngưỡng, cùng thứ tự ở cột Giá trị và cột Tiếng Anh",
        "write the same thresholds in the same order in the Value and the English columns";
    maximum_declared_but_its_component_criteria(declared, sum):
        "điểm tối đa {declared} nhưng các tiêu chí thành phần cộng lại {sum}",
        "maximum {declared} but its component criteria add up to {sum}";
    the_total_is_declared_but_the(declared, sum):
        "tổng điểm {declared} nhưng các tiêu chí cộng lại {sum}",
        "the total is {declared} but the criteria add up to {sum}";
    a_criterion_of_this_kind_needs(key):
        "tiêu chí loại này cần cột {key}",
        "a criterion of this kind needs the column {key}";
    the_column_key_does_not_apply(key, kind):
        "cột {key} không dùng cho tiêu chí loại “{kind}”",
        "the column {key} does not apply to a “{kind}” criterion";
    a_proportional_criterion_has_no_bands:
        "tiêu chí chấm theo tỷ lệ thuận không có khung điểm",
        "a proportional criterion has no bands";
    the_bonus_field_section_needs_the(section):
        "lĩnh vực điểm thưởng “{section}” cần thông số “Điểm thưởng tối đa”",
        "the bonus field “{section}” needs the setting “Bonus cap”";
    the_deduction_task_must_be_in_a(task):
        "tiêu chí điểm trừ “{task}” phải nằm trong lĩnh vực có Phần là “điểm trừ”",
        "the deduction “{task}” must be in a field whose Part is “deduction”";
    a_deduction_field_holds_only_deduction(task):
        "lĩnh vực điểm trừ chỉ chứa tiêu chí loại “điểm trừ”, nhưng “{task}” không phải",
        "a deduction field holds only “deduction” criteria, and “{task}” is not one";
    the_criteria_sheet_has_no_field:
        "trang tiêu chí không có lĩnh vực nào (dòng có mã không chứa dấu chấm, như 1)",
        "the criteria sheet has no field (a row whose id has no dot, such as 1)";
    the_field_id_has_no_criteria(id):
        "lĩnh vực “{id}” không có tiêu chí nào",
        "the field “{id}” has no criteria";
    write_the_maximum_as_sum_or(sum):
        "ghi điểm tối đa là {sum}, hoặc sửa điểm các tiêu chí thành phần",
        "write the maximum as {sum}, or correct its components' points";
    write_the_total_as_sum_or(sum):
        "ghi tổng điểm là {sum}, hoặc sửa điểm các tiêu chí",
        "write the total as {sum}, or correct the criteria's points";
    fill_in_the_column_key_on(key):
        "điền cột {key} ở dòng này, hoặc đổi Loại",
        "fill in the column {key} on this row, or change the Kind";
    leave_the_cell_empty_or_correct:
        "để trống ô này, hoặc đổi Loại cho đúng",
        "leave the cell empty, or correct the Kind";
    remove_the_bands_or_leave_the:
        "xóa khung điểm, hoặc để trống cột Cách chấm để chấm theo khung",
        "remove the bands, or leave the Method empty to score by bands";
    add_a_row_bonus_cap_to:
        "thêm dòng “Điểm thưởng tối đa” vào trang Thông tin chung",
        "add a row “Bonus cap” to the Settings sheet";
    put_the_deductions_in_a_field:
        "đặt các tiêu chí điểm trừ vào một lĩnh vực riêng có Phần là “điểm trừ”",
        "put the deductions in a field of their own whose Part is “deduction”";
    round_the_points_to_a_multiple_of(step):
        "làm tròn điểm đến bội số của {step}, hoặc đổi Bước điểm",
        "round the points to a multiple of {step}, or change the Step";
    give_every_field_and_every_criterion:
        "đặt cho mỗi lĩnh vực và mỗi tiêu chí một mã riêng",
        "give every field and every criterion its own id";
    add_criteria_rows_1_2_under:
        "thêm các dòng tiêu chí (1.1, 1.2, …) dưới dòng lĩnh vực, hoặc xóa lĩnh vực trống",
        "add criteria rows (1.1, 1.2, …) under the field's row, or remove the empty field";
    rate:
        "tỷ lệ",
        "rate";
    survey:
        "điều tra",
        "survey";
    deduction:
        "điểm trừ",
        "deduction";
    bonus:
        "điểm thưởng",
        "bonus";
    proportional:
        "tỷ lệ thuận",
        "proportional";
    name_a_sheet(vi_name, en_name):
        "đặt tên một trang là “{vi_name}” hoặc “{en_name}” (xem docs/checklist-spreadsheet.md); với CSV, cho cả hai tệp: kiemtra template import tieu-chi.csv thong-tin-chung.csv",
        "name a sheet “{en_name}” or “{vi_name}” (see docs/checklist-spreadsheet.md); with CSV, give both files: kiemtra template import criteria.csv settings.csv";
    the_spreadsheet_cannot_be_read(detail):
        "không đọc được bảng tính: {detail}",
        "the spreadsheet cannot be read: {detail}";
    the_file_cannot_be_read(detail):
        "không đọc được tệp: {detail}",
        "the file cannot be read: {detail}";
    // Reading and writing spreadsheet files (template/sheet/file.rs).
    not_a_workbook(error):
        "không phải tệp bảng tính Excel hoặc LibreOffice ({error})",
        "it is not an Excel or LibreOffice workbook ({error})";
    the_sheet_cannot_be_read(name, error):
        "không đọc được trang “{name}” ({error})",
        "the sheet “{name}” cannot be read ({error})";
    not_utf8_text(name):
        "“{name}” không phải văn bản UTF-8 (trong Excel: Lưu thành → CSV UTF-8)",
        "“{name}” is not UTF-8 text (in Excel: Save as → CSV UTF-8)";
    after_row(name, row, error):
        "“{name}” sau dòng {row}: {error}",
        "“{name}” after row {row}: {error}";
    the_xlsx_cannot_be_made(error):
        "không tạo được tệp xlsx ({error})",
        "the xlsx file cannot be made ({error})";
    // Kinds of value, as a checklist writer knows them (template/problem.rs).
    type_number:
        "một số, ví dụ 2 hoặc 1.5",
        "a number such as 2 or 1.5";
    type_whole_number:
        "một số nguyên, ví dụ 12",
        "a whole number such as 12";
    type_text:
        "chuỗi trong dấu ngoặc kép",
        "text in quotes";
    type_boolean:
        "`true` hoặc `false`",
        "`true` or `false`";
    type_text_table:
        "bảng văn bản `{ vi = \"…\", en = \"…\" }`",
        "a text table `{ vi = \"…\", en = \"…\" }`";
    type_list:
        "danh sách `[ … ]`",
        "a list `[ … ]`";
    type_table:
        "bảng `{ … }`",
        "a table `{ … }`";
    found_another_kind:
        "một giá trị kiểu khác",
        "another kind of value";
    found_text:
        "chuỗi",
        "text";
    found_whole_number:
        "số nguyên",
        "the whole number";
    found_number:
        "số thập phân",
        "the number";
    found_value:
        "giá trị",
        "the value";
    found_list:
        "danh sách",
        "a list";
    found_table:
        "bảng",
        "a table";
}
