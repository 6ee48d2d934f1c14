//! ISO 3166-1 codes and English names of the countries rasd knows (data/countries.tsv), for
//! ACLED's `iso` (numeric) and `country` (name) columns, the ISO3 prefix of `event_id_cnty`, and
//! ACLED's `region` of each (data/acled_regions.tsv).

use std::collections::HashMap;
use std::sync::OnceLock;

const COUNTRIES_TSV: &str = include_str!("../../../data/countries.tsv");
const REGIONS_TSV: &str = include_str!("../../../data/acled_regions.tsv");

/// One country: ISO codes (alpha-2, alpha-3, numeric) and English name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    pub iso2: String,
    pub iso3: String,
    pub iso_num: u16,
    pub name: String,
    /// The English name of its capital (empty when the table gives none).
    pub capital: String,
}

/// Parses the `iso2, iso3, iso_num, name_en, ...` rows after `#` comments and a header.
pub fn parse_countries(text: &str) -> Result<Vec<Country>, String> {
    let mut out = Vec::new();
    let mut header = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header {
            header = true;
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 4 {
            return Err(format!(
                "countries.tsv:{}: expected at least 4 columns",
                i + 1
            ));
        }
        let iso_num = c[2]
            .parse()
            .map_err(|_| format!("countries.tsv:{}: bad iso_num {:?}", i + 1, c[2]))?;
        out.push(Country {
            iso2: c[0].to_string(),
            iso3: c[1].to_string(),
            iso_num,
            name: c[3].to_string(),
            capital: c.get(5).unwrap_or(&"").to_string(),
        });
    }
    Ok(out)
}

/// The country of an ISO2 code, if rasd knows it.
pub fn country(iso2: &str) -> Option<&'static Country> {
    static MAP: OnceLock<HashMap<String, Country>> = OnceLock::new();
    MAP.get_or_init(|| {
        parse_countries(COUNTRIES_TSV)
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.iso2.clone(), c))
            .collect()
    })
    .get(iso2)
}

/// Every country rasd knows, in the file's order.
pub fn all() -> &'static [Country] {
    static ALL: OnceLock<Vec<Country>> = OnceLock::new();
    ALL.get_or_init(|| parse_countries(COUNTRIES_TSV).unwrap_or_default())
}

/// Parses the `iso2, region` rows of `acled_regions.tsv` after `#` comments and a header.
pub fn parse_regions(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut header = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header {
            header = true;
            continue;
        }
        match line.split('\t').collect::<Vec<_>>()[..] {
            [iso2, region] if !iso2.is_empty() && !region.is_empty() => {
                out.push((iso2.to_string(), region.to_string()))
            }
            _ => {
                return Err(format!(
                    "acled_regions.tsv:{}: expected two columns, iso2 and region",
                    i + 1
                ))
            }
        }
    }
    Ok(out)
}

/// ACLED's region of a country (ISO2 code): "Middle East", "Northern Africa", ...
pub fn region(iso2: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        parse_regions(REGIONS_TSV)
            .unwrap_or_default()
            .into_iter()
            .collect()
    })
    .get(iso2)
    .map(String::as_str)
}

/// The country a user names: its ISO2 code or its English name, in any case ("iq", "Iraq").
pub fn resolve(name: &str) -> Option<&'static Country> {
    let n = name.trim();
    all()
        .iter()
        .find(|c| c.iso2.eq_ignore_ascii_case(n) || c.name.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_is_named_by_code_or_english_name_in_any_case() {
        assert_eq!(resolve("iq").map(|c| c.iso2.as_str()), Some("IQ"));
        assert_eq!(resolve(" Iraq ").map(|c| c.iso2.as_str()), Some("IQ"));
        assert_eq!(resolve("SAUDI ARABIA").map(|c| c.iso2.as_str()), Some("SA"));
        assert!(resolve("Narnia").is_none());
    }

    #[test]
    fn shipped_countries_parse() {
        let all = parse_countries(COUNTRIES_TSV).unwrap();
        assert!(all.len() > 50);
        let iq = country("IQ").unwrap();
        assert_eq!((iq.iso_num, iq.name.as_str()), (368, "Iraq"));
        assert_eq!(country("AF").unwrap().iso_num, 4);
        assert!(country("XX").is_none());
        assert_eq!(country("IQ").unwrap().iso3, "IRQ");
        assert!(all.iter().all(|c| c.iso3.len() == 3));
    }

    #[test]
    fn every_country_has_one_of_acleds_regions() {
        // ACLED's regions, as its codebook lists them
        let acled = [
            "Western Africa",
            "Middle Africa",
            "Eastern Africa",
            "Southern Africa",
            "Northern Africa",
            "Middle East",
            "Europe",
            "Caucasus and Central Asia",
            "South Asia",
            "Southeast Asia",
            "East Asia",
            "North America",
            "Central America",
            "South America",
            "Caribbean",
            "Oceania",
            "Antarctica",
        ];
        let rows = parse_regions(REGIONS_TSV).unwrap();
        for (iso2, r) in &rows {
            assert!(acled.contains(&r.as_str()), "{iso2}: {r}");
            assert!(country(iso2).is_some(), "{iso2} is not in countries.tsv");
        }
        for c in all() {
            assert!(region(&c.iso2).is_some(), "{} has no region", c.iso2);
        }
        assert_eq!(region("IQ"), Some("Middle East"));
        assert_eq!(region("EG"), Some("Northern Africa"));
        assert_eq!(region("AF"), Some("South Asia"));
        assert_eq!(region("XX"), None);
    }
}
