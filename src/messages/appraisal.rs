//! The appraisal of a signed self-assessment.

catalog! {
    nothing_was_created:
        "không tạo gì",
        "nothing was created";
    path_is_refused_message_nothing(path, message, nothing):
        "{path} bị từ chối: {message}; {nothing}",
        "{path} is refused: {message}; {nothing}";
    path_is_not_a_kiemtra_json(path, detail):
        "{path} không phải bản tổng hợp JSON của kiemtra ({detail}); dùng tệp .json do `kiemtra export` ghi",
        "{path} is not a kiemtra JSON summary ({detail}); use the .json file `kiemtra export` wrote";
    path_names_a_signer_key_other(path):
        "{path} ghi khóa người ký khác với khóa đã ký tệp; hãy xin lại bản gốc",
        "{path} names a signer key other than the one that signed it; ask for the original file";
    the_exact_checklist_the_commune_used(id, version, hash, nothing):
        "cần đúng mẫu {id} phiên bản {version} (mã băm {hash}) mà xã đã dùng, nhưng mẫu này chưa được cài; chép tệp mẫu đó vào thư mục templates rồi chạy lại; {nothing}",
        "the exact checklist the commune used, {id} version {version} (hash {hash}), is not installed; copy that checklist file into the templates folder and run again; {nothing}";
    path_does_not_fit_its_checklist(path, task, nothing):
        "{path} không khớp với mẫu ở tiêu chí `{task}`; {nothing}",
        "{path} does not fit its checklist at criterion `{task}`; {nothing}";
    this_self_assessment_is_already_appraised(value):
        "bản tự đánh giá này đã được thẩm định trong {value}; mở bản đó, hoặc thêm `--again` để thẩm định lại",
        "this self-assessment is already appraised in {value}; open that one, or add `--again` to appraise it again";
    path_is_an_explanation_for_another(path, pinned):
        "{path} là giải trình cho một bản thẩm định khác ({pinned}), không phải bản đã xuất từ bản này; không nhập gì",
        "{path} is an explanation for another appraisal ({pinned}), not one exported from this record; nothing was imported";
    path_is_about_another_self_assessment(path):
        "{path} nói về một bản tự đánh giá khác; không nhập gì",
        "{path} is about another self-assessment; nothing was imported";
    no_appraisal_in_the_records_folder(path):
        "trong thư mục bản đánh giá không có bản thẩm định nào mà {path} giải trình (nó trả lời một bản thẩm định đã xuất từ máy khác, hoặc một bản thẩm định khác); không nhập gì",
        "no appraisal in the records folder is the one {path} explains (it answers an appraisal exported elsewhere, or another one); nothing was imported";
    the_public_key_pinned_in_the:
        "khóa công khai ghi trong bản thẩm định bị hỏng; bản thẩm định không còn dùng được",
        "the public key pinned in the appraisal record is damaged; the record cannot be used";
    is_a_document_not(path, found, wanted):
        "{path} là {found} chứ không phải {wanted}",
        "{path} is {found} document, not {wanted}";
    a_self_assessment:
        "bản tự đánh giá",
        "a self-assessment";
    an_appraisal:
        "bản thẩm định",
        "an appraisal";
    an_explanation:
        "bản giải trình",
        "an explanation";
    a_kind_of_record(kind):
        "bản “{kind}”",
        "a “{kind}”";
}
