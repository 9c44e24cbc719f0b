//! Terminal text wrapped to the terminal's width (OUTPUT.md: 80 when it is
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

/// Characters that belong to the number before them (`0.5分`, `3个`, `80％`).
const AFTER_NUMBER: &str = "分元个天日年月号条次行件名位处项季度倍%％";
/// Characters that belong to the number after them (`第2`, `扣0.5`).
const BEFORE_NUMBER: &str = "第扣共约满";
/// Punctuation that must not begin a line.
const CLOSING: &str = "，。、；：！？）」』】》〉,.;:!?)]}%％";
/// Punctuation that must not end a line.
const OPENING: &str = "（「『【《〈([{";

/// A character of a run that is never broken: ASCII letters, digits and the
/// marks inside numbers, dates, ids and amounts (`2017-03-05`, `D3.1`,
/// `GD-001`, `0.50`).
fn in_run(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._-/:#+%,@".contains(c)
}

/// Splits a line into pieces that are never broken.
fn tokens(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut token = String::new();
        if c == ' ' {
            token.push(c);
            i += 1;
        } else if in_run(c) {
            let start = i;
            while i < chars.len() && in_run(chars[i]) {
                i += 1;
            }
            let run: String = chars[start..i].iter().collect();
            let numeric = run.chars().any(|c| c.is_ascii_digit());
            // `第2`, `扣0.5`: the word before the number stays with it.
            if numeric {
                if let Some(last) = out.last_mut() {
                    if last.chars().count() == 1
                        && last.chars().all(|c| BEFORE_NUMBER.contains(c))
                    {
                        token = out.pop().unwrap_or_default();
                    }
                }
            }
            token.push_str(&run);
            if numeric && i < chars.len() && AFTER_NUMBER.contains(chars[i]) {
                token.push(chars[i]);
                i += 1;
            }
        } else {
            token.push(c);
            i += 1;
        }
        // Closing punctuation stays with what it closes.
        let first = token.chars().next().unwrap_or(' ');
        let glue_back = CLOSING.contains(first) && first != ' ';
        let after_opening = out
            .last()
            .and_then(|t| t.chars().last())
            .is_some_and(|c| OPENING.contains(c));
        match out.last_mut() {
            Some(last) if (glue_back || after_opening) && !last.ends_with(' ') => {
                last.push_str(&token)
            }
            _ => out.push(token),
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
    if let Some((label, _)) = rest.split_once('：') {
        if !label.contains(' ') && display_width(label) <= 12 {
            indent += display_width(label) + 2;
        }
    }
    if indent == 0 {
        indent = 2;
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
