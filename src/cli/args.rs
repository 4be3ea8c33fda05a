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

/// kiemtra — tự kiểm tra cải cách hành chính · administrative-reform self-inspection checklists
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
    /// Tạo biên bản từ một mẫu · create a record from a checklist
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra new --template commune-par --period 2026 --province \"Thanh Hóa\" --commune \"Phường Hạc Thành\" \\\n      --unit-kind phuong --formed-from \"Phường Điện Biên\" --formed-from \"Phường Ba Đình\" \\\n      --agency \"Sở Nội vụ tỉnh Thanh Hóa\" --person \"Lê Thị Hoa\" --open\n  kiemtra new --template commune-par --province \"Thanh Hóa\" --district \"Hoằng Hóa\" \\\n      --commune \"Xã Hoằng Đạt\" --period 2024-Q3 --mode inspection --person \"Nguyễn Văn An\"\n\nKhông ghi @phiên-bản: chọn phiên bản mới nhất áp dụng cho kỳ (2026 → bản 2025, 2024 → bản 2024).\nWithout @version: the newest edition that applies to the period (2026 → the 2025 edition, 2024 → the 2024 one)."
    )]
    New(NewArgs),
    /// Mở biên bản trong giao diện · open a record in the UI
    #[command(after_help = "Ví dụ / Example:\n  kiemtra open xa-hoang-dat-commune-par-2024")]
    Open {
        /// Tên biên bản (xem `kiemtra list`) hoặc đường dẫn tệp · record name or file path
        record: String,
    },
    /// Liệt kê biên bản · list the records
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
    /// Xem tổng hợp của biên bản · show a record's summary
    #[command(
        after_help = "Ví dụ / Example:\n  kiemtra show xa-hoang-dat-annual-plan-2024 --lang en"
    )]
    Show {
        /// Tên biên bản hoặc đường dẫn · record name or path
        record: String,
    },
    /// Chốt biên bản (chỉ đọc) · finalize a record (read-only)
    #[command(after_help = "Ví dụ / Example:\n  kiemtra finalize xa-hoang-dat-annual-plan-2024")]
    Finalize { record: String },
    /// Mở lại biên bản đã chốt · reopen a finalized record
    #[command(
        after_help = "Ví dụ / Example:\n  kiemtra reopen xa-hoang-dat-annual-plan-2024 --reason \"Bổ sung minh chứng\""
    )]
    Reopen {
        record: String,
        /// Lý do mở lại (ghi vào nhật ký) · why (kept in the audit trail)
        #[arg(long)]
        reason: String,
    },
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
        after_help = "Ví dụ / Examples:\n  kiemtra keygen\n  KIEMTRA_PASSWORD=... kiemtra keygen --force\n\nKhóa bí mật được bảo vệ bằng mật khẩu (lấy từ KIEMTRA_PASSWORD nếu có, nếu không thì hỏi) · the secret key is password-protected (KIEMTRA_PASSWORD when set, else asked)."
    )]
    Keygen {
        /// Không đặt mật khẩu cho khóa bí mật · store the secret key without a password
        #[arg(long)]
        no_password: bool,
        /// Thay khóa đang có · replace an existing key
        #[arg(long)]
        force: bool,
    },
    /// Xuất bản tổng hợp có chữ ký · export the signed summary of a record
    #[command(
        after_help = "Ví dụ / Examples:\n  kiemtra export xa-hoang-dat-annual-plan-2024 --out ./gui-huyen\n  kiemtra export REC --format md,json --out out --force\n\nMỗi tệp có chữ ký FILE.minisig · every file gets a FILE.minisig signature."
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
    /// Tên biên bản hoặc đường dẫn · record name or path
    pub record: String,
    /// Định dạng, cách nhau bởi dấu phẩy · formats, comma-separated: md,json,csv,html
    #[arg(long, value_delimiter = ',', default_value = "md,json,csv,html")]
    pub format: Vec<String>,
    /// Thư mục ghi ra · output folder
    #[arg(long, default_value = ".")]
    pub out: PathBuf,
    /// Ghi đè tệp đã có · overwrite existing files
    #[arg(long)]
    pub force: bool,
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
    /// self-check (tự kiểm tra) | inspection (kiểm tra)
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
    /// Tên biên bản hoặc đường dẫn · record name or path
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
}
