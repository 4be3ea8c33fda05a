//! Keys, signatures and verification.

catalog! {
    there_is_no_secret_key_at(path):
        "chưa có khóa bí mật tại {path}; tạo khóa bằng `kiemtra keygen`",
        "there is no secret key at {path}; make one with `kiemtra keygen`";
    a_key_already_exists_at_path(path):
        "đã có khóa tại {path}; không ghi đè. Dùng `--force` nếu thật sự muốn thay khóa (chữ ký cũ vẫn chỉ kiểm tra được bằng khóa công khai cũ)",
        "a key already exists at {path}; it is not overwritten. Use `--force` to replace it (old signatures still need the old public key)";
    wrong_password_for_the_secret_key(path):
        "sai mật khẩu của khóa bí mật {path}; nhập lại mật khẩu đã đặt khi tạo khóa",
        "wrong password for the secret key {path}; type the password chosen when the key was made";
    path_is_not_a_valid_minisign(path, detail):
        "{path} không phải tệp khóa minisign hợp lệ ({detail}); tạo lại bằng `kiemtra keygen --force` hoặc chép lại tệp gốc",
        "{path} is not a valid minisign key file ({detail}); make a new one with `kiemtra keygen --force` or copy the original back";
    no_password_set_the_kiemtra_password:
        "không có mật khẩu: đặt biến môi trường KIEMTRA_PASSWORD, hoặc chạy trong một terminal để nhập",
        "no password: set the KIEMTRA_PASSWORD environment variable, or run in a terminal to type it";
    the_two_passwords_differ_run_again:
        "hai lần nhập mật khẩu không khớp; chạy lại và nhập cùng một mật khẩu",
        "the two passwords differ; run again and type the same password twice";
    cannot_make_a_key_detail(detail):
        "không tạo được khóa: {detail}",
        "cannot make a key: {detail}";
    there_is_no_signature_path_it(path):
        "không có chữ ký {path}; chữ ký phải nằm cạnh tệp, cùng tên thêm đuôi .minisig",
        "there is no signature {path}; it must sit beside the file, named like it with .minisig added";
    path_is_not_a_valid_minisign_signature(path, detail):
        "{path} không phải chữ ký minisign hợp lệ ({detail}); xin lại tệp chữ ký gốc",
        "{path} is not a valid minisign signature ({detail}); ask for the original signature file";
    path_is_not_a_valid_minisign_public(path, detail):
        "{path} không phải khóa công khai minisign hợp lệ ({detail}); xin lại tệp khóa công khai",
        "{path} is not a valid minisign public key ({detail}); ask for the public key file again";
    the_file_is_signed_with_key(key_id, trusted):
        "tệp được ký bằng khóa {key_id}, không nằm trong các khóa bạn tin cậy ({trusted}): hãy xin người gửi tệp khóa công khai (.pub) của họ, hỏi lại họ cho chắc đúng là khóa của họ, rồi chép vào thư mục khóa tin cậy",
        "the file is signed with key {key_id}, which is not among the keys you trust ({trusted}): ask the sender for their public key file (.pub), check with them that it is theirs, then copy it into your trusted keys folder";
    bad_signature_path_does_not_match(path):
        "CHỮ KÝ KHÔNG HỢP LỆ: {path} không khớp chữ ký — tệp hoặc chữ ký đã bị sửa sau khi ký; xin lại bản gốc",
        "BAD SIGNATURE: {path} does not match its signature — the file or the signature was changed after signing; ask for the original";
    bad_signature_the_signed_comment_in(path):
        "CHỮ KÝ KHÔNG HỢP LỆ: dòng chú thích được ký trong {path} đã bị sửa; xin lại tệp chữ ký gốc",
        "BAD SIGNATURE: the signed comment in {path} was changed; ask for the original signature file";
    bad_signature_the_signature_file_path(path):
        "CHỮ KÝ KHÔNG HỢP LỆ: tệp chữ ký {path} đã bị sửa ngoài phần được ký; xin lại tệp chữ ký gốc",
        "BAD SIGNATURE: the signature file {path} was changed outside its signed parts; ask for the original signature file";
    bad_signature_path_names_the_key(path, keys, keys2, key_id):
        "CHỮ KÝ KHÔNG HỢP LỆ: {path} ghi mã khóa {key_id}, có {keys} khóa tin cậy cùng mã này ({keys2}) nhưng không khóa nào khớp chữ ký — tệp hoặc chữ ký đã bị sửa, hoặc được ký bằng một khóa khác mượn mã; xin lại bản gốc",
        "BAD SIGNATURE: {path} names the key id {key_id}, which {keys} trusted keys share ({keys2}), and none of them matches the signature — the file or the signature was changed, or another key borrowed the id; ask for the original";
    secret_key_password:
        "Mật khẩu khóa bí mật: ",
        "Secret key password: ";
    password_again:
        "Nhập lại mật khẩu: ",
        "Password again: ";
    the_secret_key_is_readable_by_others(path, mode):
        "khóa bí mật {path} có quyền {mode}, người dùng khác đọc được nên không dùng; sửa bằng `chmod 600 {path}`",
        "the secret key {path} has mode {mode}, so other users can read it, and it is not used; fix it with `chmod 600 {path}`";
}
