//! Text for the terminal: values from the ledger (a cell holding
//! `_x001B_]0;PWNED_x0007_` is decoded by the reader into ESC … BEL) must
//! never reach the terminal raw, where they could set its title, move the
//! cursor or clear the screen. Everything ksfk prints goes through
//! [`escape`]: control characters (C0, DEL, C1) and the bidirectional
//! overrides that reorder what is shown are written as `\x1B`, `\u{202E}`;
//! line breaks and tabs stay.

use std::borrow::Cow;

/// True for a character that must not be printed raw.
fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// `s` with every unsafe character escaped (borrowed when there is none).
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !unsafe_char(c) {
            out.push(c);
        } else if (c as u32) <= 0xFF {
            out.push_str(&format!("\\x{:02X}", c as u32));
        } else {
            out.push_str(&format!("\\u{{{:04X}}}", c as u32));
        }
    }
    Cow::Owned(out)
}

/// Prints to stdout, escaped.
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {
        println!("{}", $crate::term::escape(&format!($($arg)*)))
    };
}

/// Prints to stdout without a line break, escaped.
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => {
        print!("{}", $crate::term::escape(&format!($($arg)*)))
    };
}

/// Prints to stderr without a line break, escaped.
#[macro_export]
macro_rules! err {
    ($($arg:tt)*) => {
        eprint!("{}", $crate::term::escape(&format!($($arg)*)))
    };
}

/// Prints to stderr, escaped.
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::term::escape(&format!($($arg)*)))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_text_kept() {
        assert!(matches!(escape("周庄镇 98.50\n"), Cow::Borrowed(_)));
        assert_eq!(escape("\u{1b}]0;PWNED\u{7}"), "\\x1B]0;PWNED\\x07");
        assert_eq!(escape("a\rb\u{9b}c\u{7f}"), "a\\x0Db\\x9Bc\\x7F");
        assert_eq!(escape("x\u{202E}y"), "x\\u{202E}y");
        assert_eq!(escape("行1\n\t行2"), "行1\n\t行2");
    }
}
