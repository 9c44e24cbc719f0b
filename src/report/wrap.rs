//! Terminal text wrapped to the terminal's width (docs/outputs.md: 80 when it is
//! not a terminal), on character boundaries, never inside a number or an
//! amount (`扣0.` / `5分` was the bug), and never with a closing
//! punctuation mark at the start of a line.

use super::book::display_width;

/// The width to wrap to: the terminal's, when standard output is one;
/// otherwise 80.
pub fn width() -> usize {
    match terminal_size::terminal_size_of(std::io::stdout()) {
        Some((terminal_size::Width(w), _)) if w >= 20 => usize::from(w),
        _ => 80,
    }
}

/// The width to wrap text for standard error to (warnings, notes and
/// errors): the terminal's, when standard error is one; otherwise 80.
pub fn err_width() -> usize {
    match terminal_size::terminal_size_of(std::io::stderr()) {
        Some((terminal_size::Width(w), _)) if w >= 20 => usize::from(w),
        _ => 80,
    }
}

/// Characters that belong to the number before them (`0.5分`, `3个`, `80％`).
const AFTER_NUMBER: &str = "分元个天日年月号条次行件名位处项季度倍%％";
/// Characters that belong to the number after them (`第2`, `扣0.5`).
const BEFORE_NUMBER: &str = "第扣共约满";
/// Punctuation that must not begin a line.
const CLOSING: &str = "，。、；：！？）」』】》〉〕〗］｝”’,.;:!?)]}%％";
/// Punctuation that must not end a line (`!` of a place: `热线工单!160`).
const OPENING: &str = "（「『【《〈〔〖［｛“‘([{!";

/// A character of a run that is never broken: ASCII letters, digits and the
/// marks inside numbers, dates, ids and amounts (`2017-03-05`, `D3.1`,
/// `GD-001`, `0.50`).
fn in_run(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._-/:#+%,@".contains(c)
}

/// The widest run of letters kept on one line (ten CJK characters).
const WORD: usize = 20;

/// A letter of a word: not a space, not part of a number run, not
/// punctuation.
fn is_word(c: char) -> bool {
    c != ' ' && !in_run(c) && !CLOSING.contains(c) && !OPENING.contains(c) && !c.is_ascii()
}

/// Splits a line into pieces that are never broken.
fn tokens(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    // First the pieces: a space, a run (with its measure word), a short
    // word, or one character.
    let mut pieces: Vec<String> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if in_run(c) {
            let start = i;
            while i < chars.len() && in_run(chars[i]) {
                i += 1;
            }
            let mut run: String = chars[start..i].iter().collect();
            if run.chars().any(|c| c.is_ascii_digit()) {
                // `第2`, `扣0.5`: the word before the number stays with it;
                // `0.5分`: so does the measure word after it.
                if let Some(last) = pieces.last() {
                    if last.chars().count() == 1 && last.chars().all(|c| BEFORE_NUMBER.contains(c))
                    {
                        run = pieces.pop().unwrap_or_default() + &run;
                    }
                }
                if i < chars.len() && AFTER_NUMBER.contains(chars[i]) {
                    run.push(chars[i]);
                    i += 1;
                }
            }
            pieces.push(run);
        } else if is_word(c) {
            let start = i;
            while i < chars.len() && is_word(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if display_width(&word) <= WORD {
                pieces.push(word);
            } else {
                pieces.extend(chars[start..i].iter().map(|c| c.to_string()));
            }
        } else {
            pieces.push(c.to_string());
            i += 1;
        }
    }
    // Then the glue: closing punctuation stays with what it closes, opening
    // punctuation with what it opens.
    let mut out: Vec<String> = Vec::new();
    for piece in pieces {
        let first = piece.chars().next().unwrap_or(' ');
        // An opening bracket right after a word stays with it too, so that
        // `人民银行（外汇管理局）` is one piece.
        let glue_back = first != ' '
            && (CLOSING.contains(first)
                || (OPENING.contains(first)
                    && out
                        .last()
                        .is_some_and(|t| t.chars().last().is_some_and(is_word))));
        let after_opening = out
            .last()
            .and_then(|t| t.chars().last())
            .is_some_and(|c| OPENING.contains(c));
        match out.last_mut() {
            Some(last) if (glue_back || after_opening) && piece != " " && !last.ends_with(' ') => {
                last.push_str(&piece)
            }
            _ => out.push(piece),
        }
    }
    out
}

/// The indent of a line's continuation: its own indent, and the label of
/// `细则：…` lines, so that wrapped text lines up under its first line.
fn hanging_indent(line: &str, width: usize) -> usize {
    let lead: String = line.chars().take_while(|c| *c == ' ').collect();
    let rest = &line[lead.len()..];
    let mut indent = lead.len();
    if let Some(after) = rest.strip_prefix('扣') {
        // An audit entry of `explain`: `扣  0.50  reason…` lines up under
        // the reason.
        let amount = after.trim_start_matches(' ');
        let digits = amount.len()
            - amount
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
                .len();
        let gap = amount[digits..].len() - amount[digits..].trim_start_matches(' ').len();
        if digits > 0 && gap > 0 {
            indent += display_width("扣") + (after.len() - amount.len()) + digits + gap;
        }
    } else if let Some((label, _)) = rest.split_once('：') {
        if !label.contains(' ') && display_width(label) <= 12 {
            indent += display_width(label) + 2;
        }
    }
    if indent == lead.len() {
        // No label to line up under: the continuation is indented two
        // more than its line, so that a wrapped item of a list (a warning,
        // an error, a changed entry of `diff`) is told from the next item.
        indent += 2;
    }
    indent.min(width / 2)
}

/// Wraps every line of `text` wider than `width` display columns.
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if display_width(line) <= width {
            out.push_str(line);
            continue;
        }
        let indent = hanging_indent(line, width);
        let mut used = 0;
        let mut current = String::new();
        for token in tokens(line) {
            let w = display_width(&token);
            if used + w > width && used > indent && !current.trim().is_empty() {
                out.push_str(current.trim_end());
                out.push('\n');
                current = " ".repeat(indent);
                used = indent;
                if token == " " {
                    continue;
                }
            }
            current.push_str(&token);
            used += w;
        }
        out.push_str(current.trim_end());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lines_are_kept() {
        assert_eq!(wrap("一二三\n  四五", 80), "一二三\n  四五");
    }

    #[test]
    fn numbers_and_amounts_are_never_split() {
        // Every break position of a long line of amounts: no line ends
        // inside `扣0.5分`.
        let line = format!("    计分：{}", "每少1次扣0.5分，".repeat(12));
        for width in 20..80 {
            let text = wrap(&line, width);
            for l in text.lines() {
                assert!(display_width(l) <= width, "{width}: {l}");
                assert!(!l.ends_with("扣0.") && !l.ends_with("扣0"), "{width}: {l}");
                assert!(!l.trim_start().starts_with("5分"), "{width}: {l}");
                assert!(!l.trim_start().starts_with('，'), "{width}: {l}");
            }
            let joined: String = text.lines().map(str::trim).collect();
            assert_eq!(joined, line.trim(), "{width}");
        }
    }

    #[test]
    fn continuation_lines_up_under_the_label() {
        let text = wrap(&format!("    细则：{}", "一".repeat(50)), 40);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], format!("    细则：{}", "一".repeat(15)));
        assert_eq!(lines[1], format!("          {}", "一".repeat(15)));
    }

    #[test]
    fn an_audit_entry_lines_up_under_its_reason_and_keeps_its_place() {
        let line = format!(
            "     扣  0.50  {}（来源：热线工单!160）",
            "回访不满意".repeat(8)
        );
        let text = wrap(&line, 60);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() > 1, "{text}");
        for l in &lines[1..] {
            assert!(l.starts_with(&" ".repeat(15)), "{text}");
        }
        assert!(text.contains("热线工单!160"), "{text}");
    }

    #[test]
    fn a_wrapped_list_item_is_told_from_the_next_and_brackets_stay_whole() {
        let text = wrap(
            &format!(
                "  热线工单!2: {}（昆企服〔2018〕3号）“理由”\n  热线工单!3: 短",
                "回访不满意".repeat(8)
            ),
            40,
        );
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() > 3, "{text}");
        for l in &lines[1..lines.len() - 1] {
            assert!(l.starts_with("    "), "{text}");
        }
        assert_eq!(lines[lines.len() - 1], "  热线工单!3: 短");
        for l in &lines {
            let rest = l.trim_start();
            for c in ['〕', '”', '］'] {
                assert!(!rest.starts_with(c), "{text}");
            }
            for c in ['〔', '“'] {
                assert!(!l.ends_with(c), "{text}");
            }
        }
    }

    #[test]
    fn a_date_and_an_id_stay_whole() {
        let line = "未到期：住建局热线工单GD-2017-001有效时限2017-12-29，截至2017-12-31未办结";
        for width in 20..60 {
            let text = wrap(line, width);
            for part in ["GD-2017-001", "2017-12-29，", "2017-12-31"] {
                assert!(text.lines().any(|l| l.contains(part)), "{width}:\n{text}");
            }
        }
    }
}
