//! The screen pop's data: the demo customer directory (`assets/directory.csv`, compiled in) and the
//! CRM link built from the `?crm=` template. Pure Rust, tested natively.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::validate::phone_number;

/// `number;name;detail` per line; `#` starts a comment.
const DIRECTORY: &str = include_str!("../assets/directory.csv");

/// The country the directory's numbers belong to (Italy): its calling code after `+` or `00` is the
/// international prefix of a national number.
const HOME_CALLING_CODE: &str = "39";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Customer {
    /// The number as the directory writes it.
    pub number: &'static str,
    pub name: &'static str,
    pub detail: &'static str,
}

/// The customer with this number, if the directory has one: the whole number must match, the
/// international prefix aside (`+39 06 1234 5678` and `0039 06 1234 5678` find `0612345678`); part of a
/// number matches nothing. The directory is a few lines: read on each lookup rather than kept in memory.
pub fn lookup(number: &str) -> Option<Customer> {
    let wanted = dialled(number)?;
    DIRECTORY.lines().filter(|l| !l.starts_with('#')).find_map(|line| {
        let mut parts = line.split(';');
        let (known, name) = (parts.next()?, parts.next()?);
        let detail = parts.next().unwrap_or("");
        (dialled(known)? == wanted).then_some(Customer { number: known, name, detail })
    })
}

/// A number in one form, whatever way it was written: a home number as its national number
/// (`+39 06 1234 5678`, `0039 06 1234 5678` and `06 1234 5678` are all `0612345678`), a foreign one as
/// `+` and its digits. `None` for what is not a telephone number.
pub fn dialled(number: &str) -> Option<String> {
    let number = phone_number(number)?;
    let Some(international) = number.strip_prefix('+').or_else(|| number.strip_prefix("00")) else {
        return Some(number);
    };
    match international.strip_prefix(HOME_CALLING_CODE) {
        Some(national) if !national.is_empty() => Some(national.to_owned()),
        _ => Some(format!("+{international}")),
    }
}

/// Whether `template` is an `http:` or `https:` link (the scheme in any case, as URLs allow): the only
/// templates [`crm_link`] makes a link of, and the only ones the configuration takes.
pub fn is_http_link(template: &str) -> bool {
    let template = template.trim().as_bytes();
    let starts = |scheme: &str| {
        template.get(..scheme.len()).is_some_and(|s| s.eq_ignore_ascii_case(scheme.as_bytes()))
    };
    starts("https://") || starts("http://")
}

/// Everything but RFC 3986's unreserved characters (letters, digits, `-` `.` `_` `~`) is percent-encoded
/// in a value: a space is `%20`, so a value means the same in a link's path and in its query (where `+`
/// would be a space for some servers and a plus for others).
const VALUE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// The template with each `{name}` replaced by its URL-encoded value. Only `http:` and `https:` templates
/// make a link: anything else (`javascript:`...) would run in the widget's page.
pub fn crm_link(template: &str, values: &[(&str, &str)]) -> Option<String> {
    let template = template.trim();
    if !is_http_link(template) {
        return None;
    }
    let mut link = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, from) = rest.split_at(open);
        link.push_str(before);
        let Some(close) = from.find('}') else {
            rest = from;
            break;
        };
        let (placeholder, after) = from.split_at(close + 1);
        match values.iter().find(|(name, _)| placeholder[1..close] == **name) {
            Some((_, value)) => link.extend(utf8_percent_encode(value, VALUE)),
            None => link.push_str(placeholder),
        }
        rest = after;
    }
    link.push_str(rest);
    Some(link)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_customers_by_their_digits() {
        assert_eq!(lookup("3393669393").map(|c| c.name), Some("Mario Rossi"));
        assert_eq!(lookup("+39 339 366 9393").map(|c| c.name), Some("Mario Rossi"));
        assert_eq!(lookup("0612345678").map(|c| c.name), Some("Giulia Bianchi"));
        assert_eq!(lookup("0611111111"), None);
        assert_eq!(lookup("93"), None, "a few digits match nobody");
        assert_eq!(lookup(""), None);
        assert_eq!(lookup("customer"), None);
    }

    #[test]
    fn only_the_whole_number_matches_with_or_without_the_international_prefix() {
        for number in
            ["+39 06 1234 5678", "0039 06 1234 5678", "06 1234 5678", "(06) 1234-5678", "+390612345678"]
        {
            assert_eq!(lookup(number).map(|c| c.name), Some("Giulia Bianchi"), "{number}");
        }
        assert_eq!(lookup("0039 339 366 9393").map(|c| c.number), Some("3393669393"));
        for part in
            ["669393", "12345 3393669393", "33936693", "33936693930", "+44 3393669393", "390612345678"]
        {
            assert_eq!(lookup(part), None, "{part}");
        }
        assert_eq!(dialled("+44 20 7946 0000").as_deref(), Some("+442079460000"));
        assert_eq!(dialled("0044 20 7946 0000").as_deref(), Some("+442079460000"));
        assert_eq!(dialled("+391").as_deref(), Some("1"));
        assert_eq!(dialled("+39"), None, "too short to be a number");
        assert_eq!(dialled("tel:123"), None);
    }

    #[test]
    fn crm_links_encode_values_and_refuse_scripts() {
        let values = [("ani", "+39 06&x=1"), ("queue", "Q 25")];
        assert_eq!(
            crm_link("https://crm.example/find?phone={ani}&q={queue}", &values).as_deref(),
            Some("https://crm.example/find?phone=%2B39%2006%26x%3D1&q=Q%2025")
        );
        assert_eq!(
            crm_link("https://crm.example/customers/{name}", &[("name", "Nicolò D'Amico ~._-/")]).as_deref(),
            Some("https://crm.example/customers/Nicol%C3%B2%20D%27Amico%20~._-%2F"),
            "a value in the path: UTF-8 percent-encoded, a space never '+'"
        );
        assert_eq!(crm_link("javascript:alert(1)//{ani}", &values), None);
        assert!(crm_link("HTTPS://crm.example/{ani}", &values).is_some(), "a scheme in capitals is a link");
        assert!(crm_link(" Http://crm/", &values).is_some());
        assert_eq!(crm_link("https:/crm", &values), None);
        assert_eq!(crm_link(" ", &values), None);
        assert_eq!(crm_link("http://crm/{unknown}", &values).as_deref(), Some("http://crm/{unknown}"));
        assert_eq!(crm_link("http://crm/{ani", &values).as_deref(), Some("http://crm/{ani"));
        assert_eq!(crm_link("http://crm/{ani}{ani}", &values[1..]).as_deref(), Some("http://crm/{ani}{ani}"));
    }
}
