//! Query-string parameters: parsed strictly (an unknown or repeated parameter, a bad date, limit,
//! sort or cursor is a 400 naming it), and the opaque page cursor.

use std::collections::BTreeMap;

use rasd_store::read::{Cursor, CursorKey, EventFilter, EventQuery, SortKey};

use crate::ApiError;

/// The filter parameters every incident endpoint takes.
pub const FILTER_PARAMS: &[&str] = &[
    "from", "to", "country", "admin1", "type", "sub_type", "actor", "q",
];

/// Rows per page when `limit` is not given, and the most a page may hold.
pub const DEFAULT_LIMIT: usize = 50;
pub const MAX_LIMIT: usize = 1000;

/// The longest value a parameter may have (in chars).
const MAX_VALUE_CHARS: usize = 200;

/// A parsed query string: each allowed parameter at most once, empty values dropped.
#[derive(Debug, Default)]
pub struct Params(BTreeMap<String, String>);

impl Params {
    /// Parses `raw` (None: no query string), accepting only `allowed` names.
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<Params, ApiError> {
        let mut map = BTreeMap::new();
        for (k, v) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            if !allowed.contains(&k.as_ref()) {
                return Err(ApiError::bad_request(format!(
                    "unknown parameter {:?}; allowed: {}",
                    truncate(&k),
                    allowed.join(", ")
                )));
            }
            if v.chars().count() > MAX_VALUE_CHARS {
                return Err(ApiError::bad_request(format!(
                    "parameter {k:?} is longer than {MAX_VALUE_CHARS} characters"
                )));
            }
            if map.contains_key(k.as_ref()) {
                return Err(ApiError::bad_request(format!(
                    "parameter {k:?} is given more than once"
                )));
            }
            let v = v.trim();
            if !v.is_empty() {
                map.insert(k.into_owned(), v.to_string());
            }
        }
        Ok(Params(map))
    }

    pub fn get(&self, k: &str) -> Option<&str> {
        self.0.get(k).map(String::as_str)
    }

    fn owned(&self, k: &str) -> Option<String> {
        self.get(k).map(str::to_string)
    }

    /// The incident filter.
    pub fn filter(&self) -> Result<EventFilter, ApiError> {
        for k in ["from", "to"] {
            if let Some(d) = self.get(k) {
                if !rasd_core::valid_date(d) {
                    return Err(ApiError::bad_request(format!(
                        "parameter {k:?} must be a date YYYY-MM-DD, got {:?}",
                        truncate(d)
                    )));
                }
            }
        }
        if let Some(c) = self.get("country") {
            if c.len() != 2 || !c.chars().all(|c| c.is_ascii_alphabetic()) {
                return Err(ApiError::bad_request(format!(
                    "parameter \"country\" must be an ISO 3166-1 alpha-2 code such as IQ, got {:?}",
                    truncate(c)
                )));
            }
        }
        let country = self.get("country").map(str::to_ascii_uppercase);
        // a province or an actor named in Arabic (or a province in one of its spellings)
        // stands for the English names the store holds
        let names = crate::names::ArabicNames::global();
        let (admin1, admin1_in) = match self.get("admin1") {
            None => (None, None),
            Some(a) => match names.admin1_spellings(a, country.as_deref()) {
                Some(list) => (None, Some(list)),
                None => (Some(a.to_string()), None),
            },
        };
        let (actor, actor_in) = match self.get("actor") {
            None => (None, None),
            Some(a) => match names.actor_names(a) {
                Some(list) => (None, Some(list)),
                None => (Some(a.to_string()), None),
            },
        };
        Ok(EventFilter {
            from: self.owned("from"),
            to: self.owned("to"),
            country,
            admin1,
            admin1_in,
            event_type: self.owned("type"),
            sub_event_type: self.owned("sub_type"),
            actor,
            actor_in,
            text: self.owned("q"),
        })
    }

    /// The integer parameter `name`, from 1 to `max` (`default` when absent): a 400 naming it
    /// otherwise.
    pub fn count(&self, name: &str, default: usize, max: usize) -> Result<usize, ApiError> {
        match self.get(name) {
            None => Ok(default),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if (1..=max).contains(&n) => Ok(n),
                _ => Err(ApiError::bad_request(format!(
                    "parameter {name:?} must be an integer from 1 to {max}, got {:?}",
                    truncate(v)
                ))),
            },
        }
    }

    /// A page request: the filter, `sort`, `limit` and `cursor`.
    pub fn event_query(&self) -> Result<EventQuery, ApiError> {
        let filter = self.filter()?;
        let (sort, descending) = parse_sort(self.get("sort").unwrap_or("-date"))?;
        let limit = self.count("limit", DEFAULT_LIMIT, MAX_LIMIT)?;
        let after = match self.get("cursor") {
            None => None,
            Some(token) => Some(decode_cursor(token, sort, descending).ok_or_else(|| {
                ApiError::bad_request(
                    "parameter \"cursor\" is not a cursor this endpoint gave for this sort",
                )
            })?),
        };
        Ok(EventQuery {
            filter,
            sort,
            descending,
            limit,
            after,
        })
    }
}

fn truncate(s: &str) -> String {
    s.chars().take(60).collect()
}

/// `date`, `-date`, `fatalities`, `-fatalities`, `id`, `-id`.
pub fn parse_sort(s: &str) -> Result<(SortKey, bool), ApiError> {
    let (desc, name) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let key = match name {
        "date" => SortKey::Date,
        "fatalities" => SortKey::Fatalities,
        "id" => SortKey::Id,
        _ => {
            return Err(ApiError::bad_request(format!(
                "parameter \"sort\" must be one of date, -date, fatalities, -fatalities, id, -id; \
                 got {:?}",
                truncate(s)
            )))
        }
    };
    Ok((key, desc))
}

fn sort_code(sort: SortKey, desc: bool) -> char {
    let c = match sort {
        SortKey::Date => 'd',
        SortKey::Fatalities => 'f',
        SortKey::Id => 'i',
    };
    if desc {
        c.to_ascii_uppercase()
    } else {
        c
    }
}

/// The opaque token of a cursor (hex of `sort.id.key`), bound to the sort it was made for.
pub fn encode_cursor(c: &Cursor, sort: SortKey, desc: bool) -> String {
    let key = match &c.key {
        None => "n".to_string(),
        Some(CursorKey::Text(s)) => format!("t{s}"),
        Some(CursorKey::Int(i)) => format!("i{i}"),
    };
    let plain = format!("{}.{}.{key}", sort_code(sort, desc), c.id);
    plain.bytes().map(|b| format!("{b:02x}")).collect()
}

/// The cursor of a token, if it is one made for this sort.
pub fn decode_cursor(token: &str, sort: SortKey, desc: bool) -> Option<Cursor> {
    if token.len() & 1 != 0 || !token.is_ascii() {
        return None;
    }
    let bytes: Option<Vec<u8>> = (0..token.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&token[i..i + 2], 16).ok())
        .collect();
    let plain = String::from_utf8(bytes?).ok()?;
    let mut parts = plain.splitn(3, '.');
    let code = parts.next()?;
    let id: i64 = parts.next()?.parse().ok()?;
    let key = parts.next()?;
    if code.len() != 1 || code.chars().next()? != sort_code(sort, desc) {
        return None;
    }
    let key = match (key.split_at_checked(1)?, sort) {
        (("n", ""), SortKey::Date | SortKey::Fatalities) => None,
        (("t", d), SortKey::Date) if chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok() => {
            Some(CursorKey::Text(d.to_string()))
        }
        (("i", n), SortKey::Fatalities | SortKey::Id) => Some(CursorKey::Int(n.parse().ok()?)),
        _ => return None,
    };
    Some(Cursor { key, id })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trips_and_is_bound_to_its_sort() {
        let cases = [
            (
                Cursor {
                    key: Some(CursorKey::Text("2016-10-21".into())),
                    id: 7,
                },
                SortKey::Date,
                true,
            ),
            (Cursor { key: None, id: 9 }, SortKey::Date, false),
            (
                Cursor {
                    key: Some(CursorKey::Int(15)),
                    id: 3,
                },
                SortKey::Fatalities,
                true,
            ),
            (
                Cursor {
                    key: Some(CursorKey::Int(3)),
                    id: 3,
                },
                SortKey::Id,
                false,
            ),
        ];
        for (c, sort, desc) in cases {
            let t = encode_cursor(&c, sort, desc);
            assert_eq!(decode_cursor(&t, sort, desc), Some(c.clone()), "{t}");
            assert_eq!(decode_cursor(&t, sort, !desc), None);
        }
        for bad in ["", "zz", "abc", "642e372e74", "ff"] {
            assert_eq!(decode_cursor(bad, SortKey::Date, false), None, "{bad}");
        }
    }

    #[test]
    fn unknown_repeated_and_malformed_parameters_are_refused() {
        let all: Vec<&str> = FILTER_PARAMS
            .iter()
            .copied()
            .chain(["sort", "limit", "cursor"])
            .collect();
        for bad in [
            "colour=red",
            "type=a&type=b",
            "from=2016-13-01",
            "to=yesterday",
            "country=IRQ",
            "limit=0",
            "limit=100000",
            "limit=ten",
            "sort=place",
            "cursor=xyz",
        ] {
            let r = Params::parse(Some(bad), &all).and_then(|p| p.event_query());
            let err = r.expect_err(bad);
            assert_eq!(err.status, axum::http::StatusCode::BAD_REQUEST, "{bad}");
        }
        let q = Params::parse(
            Some("country=iq&type=Battles&q=%D8%AF%D8%A7%D9%82%D9%88%D9%82&limit=5&sort=fatalities&to="),
            &all,
        )
        .and_then(|p| p.event_query())
        .unwrap();
        assert_eq!(q.filter.country.as_deref(), Some("IQ"));
        assert_eq!(q.filter.text.as_deref(), Some("داقوق"));
        assert_eq!(q.filter.to, None);
        assert_eq!(
            (q.sort, q.descending, q.limit),
            (SortKey::Fatalities, false, 5)
        );
    }
}
