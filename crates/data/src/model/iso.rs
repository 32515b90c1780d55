//! ISO 3166-1 alpha-2 codes with short English display names, plus accepted alternative
//! names, and the continent of each country that hosts a station.

/// Every officially assigned ISO 3166-1 alpha-2 code (249), sorted, with the short English
/// name the graphic displays (news-style: "United States", "Czech Republic", "South Korea").
#[rustfmt::skip]
pub const COUNTRIES: &[(&str, &str)] = &[
    ("AD", "Andorra"), ("AE", "United Arab Emirates"), ("AF", "Afghanistan"),
    ("AG", "Antigua and Barbuda"), ("AI", "Anguilla"), ("AL", "Albania"), ("AM", "Armenia"),
    ("AO", "Angola"), ("AQ", "Antarctica"), ("AR", "Argentina"), ("AS", "American Samoa"),
    ("AT", "Austria"), ("AU", "Australia"), ("AW", "Aruba"), ("AX", "Åland Islands"),
    ("AZ", "Azerbaijan"), ("BA", "Bosnia and Herzegovina"), ("BB", "Barbados"),
    ("BD", "Bangladesh"), ("BE", "Belgium"), ("BF", "Burkina Faso"), ("BG", "Bulgaria"),
    ("BH", "Bahrain"), ("BI", "Burundi"), ("BJ", "Benin"), ("BL", "Saint Barthélemy"),
    ("BM", "Bermuda"), ("BN", "Brunei"), ("BO", "Bolivia"), ("BQ", "Caribbean Netherlands"),
    ("BR", "Brazil"), ("BS", "Bahamas"), ("BT", "Bhutan"), ("BV", "Bouvet Island"),
    ("BW", "Botswana"), ("BY", "Belarus"), ("BZ", "Belize"), ("CA", "Canada"),
    ("CC", "Cocos (Keeling) Islands"), ("CD", "DR Congo"), ("CF", "Central African Republic"),
    ("CG", "Republic of the Congo"), ("CH", "Switzerland"), ("CI", "Côte d'Ivoire"),
    ("CK", "Cook Islands"), ("CL", "Chile"), ("CM", "Cameroon"), ("CN", "China"),
    ("CO", "Colombia"), ("CR", "Costa Rica"), ("CU", "Cuba"), ("CV", "Cape Verde"),
    ("CW", "Curaçao"), ("CX", "Christmas Island"), ("CY", "Cyprus"), ("CZ", "Czech Republic"),
    ("DE", "Germany"), ("DJ", "Djibouti"), ("DK", "Denmark"), ("DM", "Dominica"),
    ("DO", "Dominican Republic"), ("DZ", "Algeria"), ("EC", "Ecuador"), ("EE", "Estonia"),
    ("EG", "Egypt"), ("EH", "Western Sahara"), ("ER", "Eritrea"), ("ES", "Spain"),
    ("ET", "Ethiopia"), ("FI", "Finland"), ("FJ", "Fiji"), ("FK", "Falkland Islands"),
    ("FM", "Micronesia"), ("FO", "Faroe Islands"), ("FR", "France"), ("GA", "Gabon"),
    ("GB", "United Kingdom"), ("GD", "Grenada"), ("GE", "Georgia"), ("GF", "French Guiana"),
    ("GG", "Guernsey"), ("GH", "Ghana"), ("GI", "Gibraltar"), ("GL", "Greenland"),
    ("GM", "Gambia"), ("GN", "Guinea"), ("GP", "Guadeloupe"), ("GQ", "Equatorial Guinea"),
    ("GR", "Greece"), ("GS", "South Georgia and the South Sandwich Islands"),
    ("GT", "Guatemala"), ("GU", "Guam"), ("GW", "Guinea-Bissau"), ("GY", "Guyana"),
    ("HK", "Hong Kong"), ("HM", "Heard Island and McDonald Islands"), ("HN", "Honduras"),
    ("HR", "Croatia"), ("HT", "Haiti"), ("HU", "Hungary"), ("ID", "Indonesia"),
    ("IE", "Ireland"), ("IL", "Israel"), ("IM", "Isle of Man"), ("IN", "India"),
    ("IO", "British Indian Ocean Territory"), ("IQ", "Iraq"), ("IR", "Iran"),
    ("IS", "Iceland"), ("IT", "Italy"), ("JE", "Jersey"), ("JM", "Jamaica"), ("JO", "Jordan"),
    ("JP", "Japan"), ("KE", "Kenya"), ("KG", "Kyrgyzstan"), ("KH", "Cambodia"),
    ("KI", "Kiribati"), ("KM", "Comoros"), ("KN", "Saint Kitts and Nevis"),
    ("KP", "North Korea"), ("KR", "South Korea"), ("KW", "Kuwait"), ("KY", "Cayman Islands"),
    ("KZ", "Kazakhstan"), ("LA", "Laos"), ("LB", "Lebanon"), ("LC", "Saint Lucia"),
    ("LI", "Liechtenstein"), ("LK", "Sri Lanka"), ("LR", "Liberia"), ("LS", "Lesotho"),
    ("LT", "Lithuania"), ("LU", "Luxembourg"), ("LV", "Latvia"), ("LY", "Libya"),
    ("MA", "Morocco"), ("MC", "Monaco"), ("MD", "Moldova"), ("ME", "Montenegro"),
    ("MF", "Saint Martin"), ("MG", "Madagascar"), ("MH", "Marshall Islands"),
    ("MK", "North Macedonia"), ("ML", "Mali"), ("MM", "Myanmar"), ("MN", "Mongolia"),
    ("MO", "Macao"), ("MP", "Northern Mariana Islands"), ("MQ", "Martinique"),
    ("MR", "Mauritania"), ("MS", "Montserrat"), ("MT", "Malta"), ("MU", "Mauritius"),
    ("MV", "Maldives"), ("MW", "Malawi"), ("MX", "Mexico"), ("MY", "Malaysia"),
    ("MZ", "Mozambique"), ("NA", "Namibia"), ("NC", "New Caledonia"), ("NE", "Niger"),
    ("NF", "Norfolk Island"), ("NG", "Nigeria"), ("NI", "Nicaragua"), ("NL", "Netherlands"),
    ("NO", "Norway"), ("NP", "Nepal"), ("NR", "Nauru"), ("NU", "Niue"), ("NZ", "New Zealand"),
    ("OM", "Oman"), ("PA", "Panama"), ("PE", "Peru"), ("PF", "French Polynesia"),
    ("PG", "Papua New Guinea"), ("PH", "Philippines"), ("PK", "Pakistan"), ("PL", "Poland"),
    ("PM", "Saint Pierre and Miquelon"), ("PN", "Pitcairn Islands"), ("PR", "Puerto Rico"),
    ("PS", "Palestine"), ("PT", "Portugal"), ("PW", "Palau"), ("PY", "Paraguay"),
    ("QA", "Qatar"), ("RE", "Réunion"), ("RO", "Romania"), ("RS", "Serbia"), ("RU", "Russia"),
    ("RW", "Rwanda"), ("SA", "Saudi Arabia"), ("SB", "Solomon Islands"), ("SC", "Seychelles"),
    ("SD", "Sudan"), ("SE", "Sweden"), ("SG", "Singapore"),
    ("SH", "Saint Helena, Ascension and Tristan da Cunha"), ("SI", "Slovenia"),
    ("SJ", "Svalbard and Jan Mayen"), ("SK", "Slovakia"), ("SL", "Sierra Leone"),
    ("SM", "San Marino"), ("SN", "Senegal"), ("SO", "Somalia"), ("SR", "Suriname"),
    ("SS", "South Sudan"), ("ST", "São Tomé and Príncipe"), ("SV", "El Salvador"),
    ("SX", "Sint Maarten"), ("SY", "Syria"), ("SZ", "Eswatini"),
    ("TC", "Turks and Caicos Islands"), ("TD", "Chad"), ("TF", "French Southern Territories"),
    ("TG", "Togo"), ("TH", "Thailand"), ("TJ", "Tajikistan"), ("TK", "Tokelau"),
    ("TL", "Timor-Leste"), ("TM", "Turkmenistan"), ("TN", "Tunisia"), ("TO", "Tonga"),
    ("TR", "Turkey"), ("TT", "Trinidad and Tobago"), ("TV", "Tuvalu"), ("TW", "Taiwan"),
    ("TZ", "Tanzania"), ("UA", "Ukraine"), ("UG", "Uganda"),
    ("UM", "United States Minor Outlying Islands"), ("US", "United States"),
    ("UY", "Uruguay"), ("UZ", "Uzbekistan"), ("VA", "Vatican City"),
    ("VC", "Saint Vincent and the Grenadines"), ("VE", "Venezuela"),
    ("VG", "British Virgin Islands"), ("VI", "US Virgin Islands"), ("VN", "Vietnam"),
    ("VU", "Vanuatu"), ("WF", "Wallis and Futuna"), ("WS", "Samoa"), ("YE", "Yemen"),
    ("YT", "Mayotte"), ("ZA", "South Africa"), ("ZM", "Zambia"), ("ZW", "Zimbabwe"),
];

/// Other names the data may use for a code (ISO's formal names and common variants).
pub const ALIASES: &[(&str, &str)] = &[
    ("AE", "UAE"),
    ("BN", "Brunei Darussalam"),
    ("BO", "Bolivia, Plurinational State of"),
    ("CD", "Democratic Republic of the Congo"),
    ("CD", "Congo, Democratic Republic of the"),
    ("CG", "Congo"),
    ("CI", "Ivory Coast"),
    ("CV", "Cabo Verde"),
    ("CZ", "Czechia"),
    ("FM", "Micronesia, Federated States of"),
    ("GB", "United Kingdom of Great Britain and Northern Ireland"),
    ("GB", "UK"),
    ("IR", "Iran, Islamic Republic of"),
    ("KP", "Korea, Democratic People's Republic of"),
    ("KR", "Korea, Republic of"),
    ("KR", "Republic of Korea"),
    ("LA", "Lao People's Democratic Republic"),
    ("MD", "Moldova, Republic of"),
    ("MO", "Macau"),
    ("NL", "The Netherlands"),
    ("NL", "Netherlands, Kingdom of the"),
    ("PS", "Palestine, State of"),
    ("RU", "Russian Federation"),
    ("SY", "Syrian Arab Republic"),
    ("SZ", "Swaziland"),
    ("TL", "East Timor"),
    ("TR", "Türkiye"),
    ("TZ", "Tanzania, United Republic of"),
    ("US", "United States of America"),
    ("US", "USA"),
    ("VA", "Holy See"),
    ("VE", "Venezuela, Bolivarian Republic of"),
    ("VN", "Viet Nam"),
];

/// The display name for an alpha-2 code, or `None` if the code is not assigned.
pub fn name(code: &str) -> Option<&'static str> {
    COUNTRIES
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .map(|i| COUNTRIES[i].1)
}

/// Whether `code` is an assigned ISO 3166-1 alpha-2 code (upper case).
pub fn is_code(code: &str) -> bool {
    name(code).is_some()
}

/// Whether `country` is an accepted name for `code`: its display name or a listed alias.
pub fn name_matches(code: &str, country: &str) -> bool {
    name(code) == Some(country) || ALIASES.iter().any(|&(c, n)| c == code && n == country)
}

/// A continent, as the UN's M49 standard groups countries
/// (<https://unstats.un.org/unsd/methodology/m49/>), the Americas as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Region {
    /// Europe.
    Europe,
    /// Africa.
    Africa,
    /// Asia.
    Asia,
    /// North, Central and South America and the Caribbean.
    Americas,
    /// Oceania.
    Oceania,
}

impl Region {
    /// Position in `Strings::regions`.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The M49 continent of the countries that host a station (a test checks
/// every country in `data/stations.csv` is here).
#[rustfmt::skip]
const REGIONS: &[(Region, &[&str])] = &[
    (Region::Europe, &["AT", "CZ", "DE", "ES", "FR", "GB", "GR", "HR", "HU", "IE", "IT", "NL",
        "PT", "RO", "RS", "RU", "SE", "SK", "UA"]),
    (Region::Africa, &["AO", "LS", "MG", "NG", "TZ", "ZA", "ZM"]),
    (Region::Asia, &["AE", "IL", "JP", "KR", "MN", "UZ"]),
    (Region::Americas, &["AR", "BR", "CA", "CL", "CO", "CU", "EC", "PA", "PE", "US"]),
    (Region::Oceania, &["AU", "NZ"]),
];

/// The continent of a host country, if the table has it.
pub fn region(code: &str) -> Option<Region> {
    REGIONS
        .iter()
        .find(|(_, codes)| codes.contains(&code))
        .map(|(r, _)| *r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn every_host_country_has_a_continent() {
        let data = crate::model::Dataset::load(&crate::model::DataFiles::embedded()).unwrap();
        for s in &data.stations {
            assert!(
                region(&s.iso2).is_some(),
                "{} ({}) has no region",
                s.iso2,
                s.id
            );
        }
        assert_eq!(region("IT"), Some(Region::Europe));
        assert_eq!(region("NG"), Some(Region::Africa));
        assert_eq!(region("ZZ"), None);
    }

    #[test]
    fn table_is_complete_sorted_and_unique() {
        assert_eq!(COUNTRIES.len(), 249);
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(COUNTRIES
            .iter()
            .all(|(c, _)| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())));
        assert!(ALIASES.iter().all(|(c, _)| is_code(c)));
    }

    #[test]
    fn looks_up_names_and_aliases() {
        assert_eq!(name("IT"), Some("Italy"));
        assert_eq!(name("XX"), None);
        assert!(!is_code("it"));
        assert!(name_matches("CZ", "Czech Republic"));
        assert!(name_matches("CZ", "Czechia"));
        assert!(name_matches("KR", "South Korea"));
        assert!(name_matches("RU", "Russia"));
        assert!(name_matches("GB", "United Kingdom"));
        assert!(!name_matches("AT", "Australia"));
    }
}
