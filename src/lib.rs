//! overseas-stations: an interactive news graphic about Chinese "overseas police service stations".
pub fn placeholder() -> u32 { 1 }
