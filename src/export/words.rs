//! The labels of the human-readable formats, in both languages.

use super::model::{SummaryDocument, shown_percent};
use crate::lang::Lang;
use crate::numbers;

pub struct Words {
    pub heading: &'static str,
    pub draft: &'static str,
    pub draft_note: &'static str,
    pub final_note: &'static str,
    pub unit: &'static str,
    pub period: &'static str,
    pub mode: &'static str,
    pub people: &'static str,
    pub template: &'static str,
    pub template_hash: &'static str,
    pub generated: &'static str,
    pub results: &'static str,
    pub tasks_done: &'static str,
    pub points: &'static str,
    pub by_section: &'static str,
    pub section: &'static str,
    pub done: &'static str,
    pub total: &'static str,
    pub id: &'static str,
    pub task: &'static str,
    pub status: &'static str,
    pub figures: &'static str,
    pub notes: &'static str,
    pub evidence: &'static str,
    pub open: &'static str,
    pub warnings: &'static str,
    pub overrides: &'static str,
    pub rule: &'static str,
    pub reason: &'static str,
    pub evidence_files: &'static str,
    pub missing: &'static str,
    pub audit: &'static str,
    pub changes: &'static str,
    pub first_change: &'static str,
    pub last_change: &'static str,
    pub signature: &'static str,
    pub public_key: &'static str,
    pub key_id: &'static str,
    pub verify_hint: &'static str,
    pub none: &'static str,
    pub max: &'static str,
    pub kind: &'static str,
    pub na_reason: &'static str,
}

pub const VI: Words = Words {
    heading: "Tổng hợp kết quả kiểm tra cải cách hành chính",
    draft: "DỰ THẢO",
    draft_note: "DỰ THẢO — bản đánh giá chưa chốt, kết quả còn có thể thay đổi.",
    final_note: "Bản đánh giá đã chốt.",
    unit: "Đơn vị",
    period: "Kỳ",
    mode: "Hình thức",
    people: "Người thực hiện",
    template: "Mẫu",
    template_hash: "Mã băm mẫu",
    generated: "Lập lúc",
    results: "Kết quả chung",
    tasks_done: "Tiêu chí hoàn thành",
    points: "Điểm",
    by_section: "Theo lĩnh vực",
    section: "Lĩnh vực",
    done: "Hoàn thành",
    total: "Tổng",
    id: "Mã",
    task: "Tiêu chí",
    status: "Trạng thái",
    figures: "Số liệu",
    notes: "Ghi chú minh chứng",
    evidence: "Tệp minh chứng",
    open: "Tiêu chí chưa đánh giá",
    warnings: "Cảnh báo",
    overrides: "Cho điểm khác quy tắc",
    rule: "Theo quy tắc",
    reason: "Lý do",
    evidence_files: "Tệp minh chứng (SHA-256)",
    missing: "KHÔNG ĐỌC ĐƯỢC",
    audit: "Nhật ký thay đổi",
    changes: "Số thay đổi",
    first_change: "Thay đổi đầu tiên",
    last_change: "Thay đổi cuối cùng",
    signature: "Chữ ký",
    public_key: "Khóa công khai",
    key_id: "Mã khóa",
    verify_hint: "Kiểm tra chữ ký tệp này",
    none: "không có",
    max: "Tối đa",
    kind: "Loại",
    na_reason: "Lý do không áp dụng",
};

pub const EN: Words = Words {
    heading: "Administrative reform inspection summary",
    draft: "DRAFT",
    draft_note: "DRAFT — the record is not finalized; results may still change.",
    final_note: "The record is finalized.",
    unit: "Unit",
    period: "Period",
    mode: "Mode",
    people: "People",
    template: "Checklist",
    template_hash: "Checklist hash",
    generated: "Made at",
    results: "Results",
    tasks_done: "Tasks done",
    points: "Points",
    by_section: "By field",
    section: "Field",
    done: "Done",
    total: "Total",
    id: "Id",
    task: "Task",
    status: "Status",
    figures: "Figures",
    notes: "Evidence notes",
    evidence: "Evidence files",
    open: "Tasks not assessed",
    warnings: "Warnings",
    overrides: "Points given instead of the rule's",
    rule: "By the rule",
    reason: "Reason",
    evidence_files: "Evidence files (SHA-256)",
    missing: "CANNOT BE READ",
    audit: "Audit trail",
    changes: "Changes",
    first_change: "First change",
    last_change: "Last change",
    signature: "Signature",
    public_key: "Public key",
    key_id: "Key id",
    verify_hint: "Check this file's signature",
    none: "none",
    max: "Maximum",
    kind: "Kind",
    na_reason: "Why not applicable",
};

pub fn of(lang: Lang) -> &'static Words {
    lang.pick(&VI, &EN)
}

/// "24/26 (92,31%)" in Vietnamese, "24/26 (92.31%)" in English.
pub fn done_line(doc: &SummaryDocument, lang: Lang) -> String {
    let t = &doc.totals;
    format!(
        "{} ({})",
        numbers::fraction(t.done, t.applicable, lang),
        shown_percent(t.done_percent, lang)
    )
}

/// "87,5/100 (87,50%)" in Vietnamese, "87.5/100 (87.50%)" in English.
pub fn points_line(doc: &SummaryDocument, lang: Lang) -> String {
    let t = &doc.totals;
    format!(
        "{} ({})",
        numbers::points_of(t.points, t.max, lang),
        shown_percent(t.points_percent, lang)
    )
}

/// The unit's details beyond its name, as label and value: kind, code, former units, agency.
pub fn unit_details(unit: &super::model::Unit, lang: Lang) -> Vec<(&'static str, String)> {
    let mut rows = Vec::new();
    if let Some(kind) = unit.kind {
        rows.push((
            lang.pick("Loại đơn vị", "Kind of unit"),
            kind.label(lang).to_string(),
        ));
    }
    if !unit.code.is_empty() {
        rows.push((
            lang.pick("Mã đơn vị hành chính", "Unit code"),
            unit.code.clone(),
        ));
    }
    if !unit.formed_from.is_empty() {
        rows.push((
            lang.pick("Hình thành từ", "Formed from"),
            unit.formed_from.join(", "),
        ));
    }
    if !unit.agency.is_empty() {
        rows.push((
            lang.pick(
                "Cơ quan kiểm tra, thẩm định",
                "Inspecting or appraising agency",
            ),
            unit.agency.clone(),
        ));
    }
    rows
}

/// The result beyond the main part, as label and value: the conversion when the survey is
/// absent, bonus within its cap, deductions, the final score and its grade.
pub fn result_lines(result: &super::model::ResultRow, lang: Lang) -> Vec<(&'static str, String)> {
    let mut rows = Vec::new();
    if let Some(converted) = result.converted {
        rows.push((
            lang.pick("Quy đổi (không có điều tra)", "Converted (no survey)"),
            numbers::points_of(converted, result.out_of, lang),
        ));
    }
    if result.bonus_earned > crate::points::Points::ZERO || result.bonus_cap.is_some() {
        let cap = result.bonus_cap.map_or_else(String::new, |cap| {
            let cap = cap.shown(lang);
            lang.pick(format!(" (tối đa {cap})"), format!(" (at most {cap})"))
        });
        let earned = if result.bonus_earned > result.bonus {
            lang.pick(
                format!(", đạt {}", result.bonus_earned.shown(lang)),
                format!(", {} earned", result.bonus_earned.shown(lang)),
            )
        } else {
            String::new()
        };
        rows.push((
            lang.pick("Điểm thưởng", "Bonus points"),
            format!("+{}{cap}{earned}", result.bonus.shown(lang)),
        ));
    }
    if result.deductions > crate::points::Points::ZERO {
        rows.push((
            lang.pick("Điểm trừ", "Deductions"),
            format!("−{}", result.deductions.shown(lang)),
        ));
    }
    rows.push((
        lang.pick("Tổng điểm", "Final score"),
        format!(
            "{} ({})",
            numbers::points_of(result.points, result.out_of, lang),
            shown_percent(result.percent, lang)
        ),
    ));
    rows.push((
        lang.pick("Xếp loại", "Grade"),
        result.grade.as_ref().map_or_else(
            || lang.pick("chưa xếp loại", "no grade").to_string(),
            |g| g.get(lang).to_string(),
        ),
    ));
    rows
}
