//! The command line's words.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Ví dụ / Examples:
  kiemtra                                   mở giao diện / open the UI
  kiemtra templates
  kiemtra new --template commune-par --period 2026 --province \"Thanh Hóa\" \\
      --commune \"Phường Hạc Thành\" --unit-kind phuong --person \"Lê Thị Hoa\"
  kiemtra new --template annual-plan --province \"Thanh Hóa\" --district \"Hoằng Hóa\" \\
      --commune \"Xã Hoằng Đạt\" --period 2024 --mode self-check --person \"Lê Thị Hoa\"
  kiemtra set xa-hoang-dat-annual-plan-2024 1.1 --status done --notes \"Kế hoạch số 12/KH-UBND ngày 05/01/2024\"
  kiemtra show xa-hoang-dat-annual-plan-2024
  kiemtra validate checklists/*.toml

Tệp được lưu ở / Files live in: $KIEMTRA_HOME, or the platform's data folder.";

/// kiemtra — tự đánh giá, kiểm tra cải cách hành chính · administrative-reform self-assessment and inspection checklists
#[derive(Debug, Parser)]
#[command(name = "kiemtra", version, after_help = EXAMPLES, propagate_version = true)]
pub struct Cli {
    /// Ngôn ngữ / language: vi | en (mặc định theo cấu hình hoặc LANG · default from config or LANG)
    #[arg(long, global = true, value_parser = ["vi", "en"])]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Tạo bản đánh giá từ một mẫu · create a record from a checklist
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra new --template commune-par --period 2026 --province \"Thanh Hóa\" --commune \"Phường Hạc Thành\" \\\n      --unit-kind phuong --formed-from \"Phường Điện Biên\" --formed-from \"Phường Ba Đình\" \\\n      --agency \"Sở Nội vụ tỉnh Thanh Hóa\" --person \"Lê Thị Hoa\" --open\n  kiemtra new --template commune-par --province \"Thanh Hóa\" --district \"Hoằng Hóa\" \\\n      --commune \"Xã Hoằng Đạt\" --period 2024-Q3 --mode inspection --person \"Nguyễn Văn An\"\n\nKhông ghi @phiên-bản: chọn phiên bản mới nhất áp dụng cho kỳ (2026 → bản 2025, 2024 → bản 2024).\nWithout @version: the newest edition that applies to the period (2026 → the 2025 edition, 2024 → the 2024 one)."
    )]
    New(NewArgs),
    /// Mở bản đánh giá trong giao diện · open a record in the UI
    #[command(after_help = "Ví dụ / Example:\n  kiemtra open xa-hoang-dat-commune-par-2024")]
    Open {
        /// Tên bản đánh giá (xem `kiemtra list`) hoặc đường dẫn tệp · record name or file path
        record: String,
    },
    /// Liệt kê bản đánh giá · list the records
    #[command(after_help = "Ví dụ / Example:\n  kiemtra list --lang en")]
    List,
    /// Liệt kê các mẫu · list the checklists
    #[command(after_help = "Ví dụ / Example:\n  kiemtra templates")]
    Templates,
    /// Bộ tiêu chí dạng bảng tính: nhập, xuất, so sánh · checklists as spreadsheets: import, export, diff
    #[command(
        subcommand,
        after_help = "Ví dụ / Examples:\n  kiemtra template export commune-par@2025.1 --out bo-chi-so.xlsx\n  kiemtra template import bo-chi-so.xlsx --out thanhhoa-commune-par.toml\n  kiemtra template diff commune-par@2024.2 commune-par@2025.1\n\nCách trình bày bảng tính / the layout: docs/checklist-spreadsheet.md"
    )]
    Template(TemplateCommand),
    /// Ghi kết quả một tiêu chí · record a task's answer from a script
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra set REC 1.1 --status done --notes \"Quyết định số 600/QĐ-UBND ngày 02/02/2024\"\n  kiemtra set REC 3.2 --numerator 45679 --denominator 52447 --status done\n  kiemtra set REC 2.4 --status na --reason \"Xã không có đơn vị sự nghiệp\"\n  kiemtra set REC 1.5 --status partly --points 1.5\n  kiemtra set REC 1.6 --points 0 --points-reason \"Kế hoạch ban hành trễ hạn\""
    )]
    Set(SetArgs),
    /// Phần văn bản (Nghị định 30/2020/NĐ-CP): cơ quan, số, địa danh, ngày, người ký · the document frame: issuer, number, place, date, signer
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra doc REC --parent \"UBND TỈNH THANH HÓA\" --issuer \"ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH\" \\\n      --place \"Hạc Thành\" --date 05/01/2026 --recipient \"Sở Nội vụ tỉnh Thanh Hóa\" \\\n      --signer-for \"TM. ỦY BAN NHÂN DÂN\" --signer-position \"CHỦ TỊCH\" --signer \"Nguyễn Văn An\" \\\n      --copy-to \"Sở Nội vụ tỉnh Thanh Hóa\"\n  kiemtra doc REC --number 12/BC-UBND\n  kiemtra doc REC\n\nMỗi trường để trống (\"\") là xóa; không có tùy chọn thì in phần văn bản.\nAn empty value (\"\") clears a field; with no option, prints the frame."
    )]
    Doc(super::doc::DocArgs),
    /// Xem tổng hợp của bản đánh giá · show a record's summary
    #[command(
        after_help = "Ví dụ / Example:\n  kiemtra show xa-hoang-dat-annual-plan-2024 --lang en"
    )]
    Show {
        /// Tên bản đánh giá hoặc đường dẫn · record name or path
        record: String,
    },
    /// Chốt bản đánh giá (chỉ đọc) · finalize a record (read-only)
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra finalize xa-hoang-dat-annual-plan-2024\n  kiemtra finalize xa-hoang-dat-annual-plan-2024 --yes\n\nCòn tiêu chí chưa đánh giá, thiếu minh chứng hoặc chấm điểm tay thì liệt kê và không chốt nếu không có --yes.\nWith tasks not assessed, without evidence or with points given by hand, lists them and refuses without --yes."
    )]
    Finalize {
        record: String,
        /// Chốt dù còn việc chưa xong · finalize even with open points
        #[arg(long)]
        yes: bool,
    },
    /// Mở lại bản đánh giá đã chốt · reopen a finalized record
    #[command(
        after_help = "Ví dụ / Example:\n  kiemtra reopen xa-hoang-dat-annual-plan-2024 --reason \"Bổ sung minh chứng\""
    )]
    Reopen {
        record: String,
        /// Lý do mở lại (ghi vào nhật ký) · why (kept in the audit trail)
        #[arg(long)]
        reason: String,
    },
    /// Thẩm định bản tự đánh giá có chữ ký của xã · appraise a commune's signed self-assessment
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra appraise xa-hoang-dat-commune-par-2024.json --trusted khoa-xa/ --person \"Trần Văn Bình\" \\\n      --agency \"Sở Nội vụ tỉnh Thanh Hóa\"\n  kiemtra set xa-hoang-dat-commune-par-tham-dinh-2024 1.1 --points 2 --points-reason \"Kế hoạch ban hành trễ hạn\"\n  kiemtra appraise xa-hoang-dat-commune-par-tham-dinh-2024 --explanations giai-trinh.json\n  kiemtra set xa-hoang-dat-commune-par-tham-dinh-2024 1.1 --final 3 --final-reason \"Chấp nhận giải trình\"\n\nChữ ký được kiểm tra trước; bản bị sửa, chưa ký hoặc không tin cậy bị từ chối và không tạo gì.\nThe signature is checked first; a changed, unsigned or untrusted summary is refused and nothing is made."
    )]
    Appraise(AppraiseArgs),
    /// Giải trình bản thẩm định sơ bộ có chữ ký · explain against a signed preliminary appraisal
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra explain tham-dinh.json --key so-noi-vu.pub --person \"Lê Thị Hoa\"\n  kiemtra explain tham-dinh.json --criterion 1.1 --text \"Kế hoạch trình đúng hạn, ký chậm 2 ngày\"\n  kiemtra export xa-hoang-dat-commune-par-giai-trinh-2024 --out gui-tinh\n\nLần đầu tạo bản giải trình (cần --person); các lần sau ghi tiếp vào bản đó.\nThe first run makes the explanation record (needs --person); later runs add to it."
    )]
    Explain(ExplainArgs),
    /// Kiểm tra tệp mẫu · check checklist files
    #[command(
        after_help = "Ví dụ / Example:\n  kiemtra validate checklists/*.toml\n\nThoát 0 khi mọi tệp hợp lệ, 1 nếu có lỗi · exit 0 when every file is valid, 1 otherwise."
    )]
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Tạo cặp khóa ký · make your signing key pair
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra keygen --name \"UBND phường Hạc Thành\"\n  KIEMTRA_PASSWORD=... kiemtra keygen --force\n\nKhóa bí mật được bảo vệ bằng mật khẩu (lấy từ KIEMTRA_PASSWORD nếu có, nếu không thì hỏi) · the secret key is password-protected (KIEMTRA_PASSWORD when set, else asked)."
    )]
    Keygen {
        /// Tên người hoặc cơ quan ký, ghi trong tệp khóa công khai · the signer's name or body, written in the public key file
        #[arg(long)]
        name: Option<String>,
        /// Không đặt mật khẩu cho khóa bí mật · store the secret key without a password
        #[arg(long)]
        no_password: bool,
        /// Thay khóa đang có · replace an existing key
        #[arg(long)]
        force: bool,
    },
    /// Xuất bản tổng hợp có chữ ký · export the signed summary of a record
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra export phuong-hac-thanh-commune-par-2026 --out ./gui-tinh\n  kiemtra export REC --format pdf,xlsx --out out --force\n\nMỗi tệp có chữ ký FILE.minisig · every file gets a FILE.minisig signature."
    )]
    Export(ExportArgs),
    /// Kiểm tra chữ ký của bản tổng hợp · verify a signed summary
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra verify xa-hoang-dat-annual-plan-2024.json --trusted khoa-tin-cay/\n  kiemtra verify summary.md --key thanh-tra.pub\n\nThoát 0 khi chữ ký hợp lệ, 1 nếu không · exit 0 for a good signature, 1 otherwise."
    )]
    Verify {
        /// Tệp cần kiểm tra (chữ ký ở FILE.minisig) · the file (its signature is FILE.minisig)
        file: PathBuf,
        /// Thư mục các khóa công khai tin cậy (*.pub) · folder of trusted public keys (*.pub)
        #[arg(long, conflicts_with = "key")]
        trusted: Option<PathBuf>,
        /// Một tệp khóa công khai · one public key file
        #[arg(long)]
        key: Option<PathBuf>,
    },
    /// Tổng hợp, xếp hạng các bản tổng hợp có chữ ký · verify, rank and compare signed summaries
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra aggregate bao-cao-2026/ --trusted khoa-cac-xa/\n  kiemtra aggregate bao-cao-2026/ --trusted khoa-cac-xa/ --by-kind --latest --out bang-xep-hang/\n  kiemtra aggregate bao-cao-2026/ --trusted khoa-cac-xa/ --compare bao-cao-2024/ --map sap-xep-2025.csv\n\nThoát 0 khi mọi tệp hợp lệ, 1 nếu có tệp bị loại (trừ khi có --allow-rejected) · exit 0 when every file is good, 1 when any was rejected (unless --allow-rejected).\nĐịnh dạng tệp ánh xạ / the map file's format: docs/rollup.md."
    )]
    Aggregate(AggregateArgs),
    /// In đoạn tự hoàn thành lệnh cho shell · print shell completions
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra completions bash > ~/.local/share/bash-completion/completions/kiemtra\n  kiemtra completions zsh > ~/.zfunc/_kiemtra"
    )]
    Completions {
        /// bash | zsh | fish | elvish | powershell
        shell: clap_complete::Shell,
    },
    /// In trang hướng dẫn (man) · print the man page
    #[command(after_help = "Ví dụ / Example:\n  kiemtra man > kiemtra.1 && man ./kiemtra.1")]
    Man,
}

#[derive(Debug, Subcommand)]
pub enum TemplateCommand {
    /// Tạo mẫu TOML từ bảng tính · make a checklist from a spreadsheet
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra template import bo-chi-so-2026.xlsx --out thanhhoa-commune-par.toml\n  kiemtra template import tieu-chi.csv thong-tin-chung.csv\n  kiemtra template import bo-chi-so-2026.xlsx --check\n\nKhông có --out: ghi vào thư mục mẫu của kiemtra (ID-PHIÊN-BẢN.toml) · without --out: into kiemtra's templates folder.\nCó lỗi thì không ghi gì, thoát 1 · on any error nothing is written, exit 1."
    )]
    Import {
        /// Một tệp .xlsx (.xls, .ods), hoặc hai tệp .csv (mỗi trang một tệp) · one .xlsx file, or two .csv files (one per sheet)
        #[arg(required = true, num_args = 1..=2)]
        files: Vec<PathBuf>,
        /// Tệp TOML ghi ra · the TOML file to write
        #[arg(long)]
        out: Option<PathBuf>,
        /// Ghi đè tệp đã có · replace an existing file
        #[arg(long)]
        force: bool,
        /// Chỉ kiểm tra, không ghi gì · only check, write nothing
        #[arg(long, conflicts_with_all = ["out", "force"])]
        check: bool,
    },
    /// Xuất một mẫu ra bảng tính .xlsx · write a checklist as an .xlsx spreadsheet
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra template export commune-par@2025.1 --out bo-chi-so-2025.xlsx\n  kiemtra --lang en template export my-checklist.toml --out checklist.xlsx"
    )]
    Export {
        /// Mã mẫu, có thể kèm @phiên-bản, hoặc tệp .toml · checklist id, optionally @version, or a .toml file
        template: String,
        /// Tệp .xlsx ghi ra · the .xlsx file to write
        #[arg(long)]
        out: PathBuf,
        /// Ghi đè tệp đã có · replace an existing file
        #[arg(long)]
        force: bool,
    },
    /// So sánh hai phiên bản · what changed between two editions
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra template diff commune-par@2024.2 commune-par@2025.1\n  kiemtra template diff commune-par@2025.1 thanhhoa.xlsx --lang en"
    )]
    Diff {
        /// Phiên bản cũ: ID@PHIÊN-BẢN hoặc tệp (.toml, .xlsx, .csv) · the older edition: ID@VERSION or a file
        old: String,
        /// Phiên bản mới · the newer edition
        new: String,
    },
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Tên bản đánh giá hoặc đường dẫn · record name or path
    pub record: String,
    /// Định dạng, cách nhau bởi dấu phẩy (mặc định: tất cả) · formats, comma-separated (default: all): md,json,csv,html,xlsx,pdf
    #[arg(long, value_delimiter = ',')]
    pub format: Vec<String>,
    /// Thư mục ghi ra (mặc định: thư mục lần xuất trước của bản đánh giá này, nếu chưa có thì exports/TÊN trong thư mục của kiemtra) · output folder (default: where this record was exported last, else exports/NAME in kiemtra's home)
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Ghi đè tệp đã có · overwrite existing files
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct AggregateArgs {
    /// Thư mục hoặc tệp .json (chữ ký ở FILE.minisig) · folders or .json files (signatures beside them)
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Thư mục các khóa công khai tin cậy (*.pub); mặc định: như `verify` · folder of trusted public keys; default: as for `verify`
    #[arg(long)]
    pub trusted: Option<PathBuf>,
    /// Thư mục kết quả kỳ trước để so sánh (lặp lại được) · folders of an earlier period's summaries to compare with
    #[arg(long, num_args = 1.., action = clap::ArgAction::Append)]
    pub compare: Vec<PathBuf>,
    /// Tệp ánh xạ đơn vị cũ → mới (CSV hoặc TOML) · map of former units to new ones (CSV or TOML)
    #[arg(long)]
    pub map: Option<PathBuf>,
    /// Ghi rollup.csv, rollup.json, rollup.html, rollup.xlsx (có chữ ký) vào thư mục · write the reports (signed) into this folder
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Thoát 0 dù có tệp bị loại · exit 0 even when files were rejected
    #[arg(long)]
    pub allow_rejected: bool,
    /// Hai bản của cùng đơn vị, mẫu, kỳ: giữ bản ký sau cùng · of two summaries of one unit, keep the one signed last
    #[arg(long)]
    pub latest: bool,
    /// Xếp hạng riêng xã, phường, đặc khu · rank each kind of unit apart
    #[arg(long)]
    pub by_kind: bool,
    /// Ghi đè báo cáo đã có · overwrite existing reports
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct AppraiseArgs {
    /// Bản tự đánh giá SUMMARY.json (chữ ký ở SUMMARY.json.minisig); với --explanations: biên
    /// bản thẩm định · the signed SUMMARY.json; with --explanations, the appraisal record
    pub target: String,
    /// Thư mục các khóa công khai tin cậy (*.pub) · folder of trusted public keys (*.pub)
    #[arg(long, conflicts_with = "key")]
    pub trusted: Option<PathBuf>,
    /// Một tệp khóa công khai · one public key file
    #[arg(long)]
    pub key: Option<PathBuf>,
    /// Người thẩm định · the appraiser
    #[arg(long)]
    pub person: Option<String>,
    /// Cơ quan thẩm định · the appraising agency ("Sở Nội vụ tỉnh …")
    #[arg(long)]
    pub agency: Option<String>,
    /// Thẩm định lại bản đã thẩm định · appraise a summary already appraised again
    #[arg(long)]
    pub again: bool,
    /// Nhập bản giải trình có chữ ký của xã · import the commune's signed explanation
    #[arg(long, conflicts_with_all = ["trusted", "key", "person", "agency", "again"])]
    pub explanations: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Bản thẩm định APPRAISAL.json có chữ ký · the signed APPRAISAL.json
    pub appraisal: PathBuf,
    /// Thư mục các khóa công khai tin cậy (*.pub) · folder of trusted public keys (*.pub)
    #[arg(long, conflicts_with = "key")]
    pub trusted: Option<PathBuf>,
    /// Một tệp khóa công khai · one public key file
    #[arg(long)]
    pub key: Option<PathBuf>,
    /// Người giải trình (lần đầu) · who explains (the first time)
    #[arg(long)]
    pub person: Option<String>,
    /// Mã tiêu chí · criterion id
    #[arg(long, requires = "text")]
    pub criterion: Option<String>,
    /// Nội dung giải trình · the explanation
    #[arg(long, requires = "criterion")]
    pub text: Option<String>,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Mã mẫu, có thể kèm @phiên-bản · checklist id, optionally @version
    #[arg(long, short)]
    pub template: String,
    /// Tỉnh/thành phố · province
    #[arg(long)]
    pub province: String,
    /// Huyện/quận, chỉ cho kỳ trước 01/7/2025 · district, only for periods before 1 July 2025
    #[arg(long)]
    pub district: Option<String>,
    /// Xã/phường/đặc khu · commune-level unit
    #[arg(long)]
    pub commune: String,
    /// Loại đơn vị: xa, phuong, dac-khu (thi-tran trước 2025) · kind of unit
    #[arg(long, value_parser = ["xa", "phuong", "dac-khu", "thi-tran"])]
    pub unit_kind: Option<String>,
    /// Mã đơn vị hành chính · national unit code
    #[arg(long)]
    pub unit_code: Option<String>,
    /// Đơn vị trước sắp xếp (lặp lại được) · a former unit it was formed from (repeatable)
    #[arg(long = "formed-from")]
    pub formed_from: Vec<String>,
    /// Cơ quan kiểm tra, thẩm định · inspecting or appraising agency
    #[arg(long)]
    pub agency: Option<String>,
    /// Kỳ: năm (2024) hoặc quý (2024-Q3) · period: a year or a quarter
    #[arg(long)]
    pub period: String,
    /// self-check (tự đánh giá, chấm điểm · self-assessment) | inspection (kiểm tra)
    #[arg(long, default_value = "self-check", value_parser = ["self-check", "inspection"])]
    pub mode: String,
    /// Người thực hiện (lặp lại được) · a person doing it (repeatable)
    #[arg(long = "person", required = true)]
    pub people: Vec<String>,
    /// Mở ngay trong giao diện · go straight into the UI
    #[arg(long)]
    pub open: bool,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Tên bản đánh giá hoặc đường dẫn · record name or path
    pub record: String,
    /// Mã tiêu chí · task id
    pub task: String,
    /// done | partly | not-done | na | not-assessed
    #[arg(long)]
    pub status: Option<String>,
    /// Lý do không áp dụng · why the task does not apply
    #[arg(long)]
    pub reason: Option<String>,
    /// Tử số (loại rate), ví dụ 6420 hoặc 6.420 · numerator of a rate task, e.g. 6420 or 6,420
    #[arg(long)]
    pub numerator: Option<String>,
    /// Mẫu số (loại rate) · denominator of a rate task
    #[arg(long)]
    pub denominator: Option<String>,
    /// Số lượng (loại count), số lần (loại deduction) · a count, or a deduction's occurrences
    #[arg(long)]
    pub count: Option<String>,
    /// Kết quả điều tra theo thang của nó, ví dụ 82,45 · a survey's result on its own scale
    #[arg(long)]
    pub survey: Option<String>,
    /// Điểm do người chấm cho, ví dụ 87,5 · points given by the assessor, e.g. 87.5
    #[arg(long, allow_hyphen_values = true)]
    pub points: Option<String>,
    /// Lý do cho điểm khác quy tắc · why the points differ from the rule
    #[arg(long)]
    pub points_reason: Option<String>,
    /// Trả điểm về theo quy tắc · return to the rule's points
    #[arg(long, conflicts_with = "points")]
    pub clear_points: bool,
    /// Thay ghi chú minh chứng · replace the evidence notes
    #[arg(long, conflicts_with = "append_notes")]
    pub notes: Option<String>,
    /// Thêm một dòng vào ghi chú · add a line to the notes
    #[arg(long)]
    pub append_notes: Option<String>,
    /// Thêm tệp minh chứng · attach an evidence file (repeatable)
    #[arg(long)]
    pub evidence: Vec<String>,
    /// Bỏ tệp minh chứng · detach an evidence file (repeatable)
    #[arg(long)]
    pub remove_evidence: Vec<String>,
    /// Thẩm định: lấy điểm tự chấm làm điểm thẩm định · appraisal: accept the self-score
    #[arg(long, conflicts_with_all = ["points", "clear_points"])]
    pub accept: bool,
    /// Thẩm định: giải trình của xã · appraisal: the commune's explanation
    #[arg(long)]
    pub explanation: Option<String>,
    /// Thẩm định: điểm chốt · appraisal: the final score
    #[arg(long = "final", allow_hyphen_values = true)]
    pub final_points: Option<String>,
    /// Thẩm định: lý do điểm chốt khác điểm thẩm định · why the final score differs
    #[arg(long)]
    pub final_reason: Option<String>,
}
