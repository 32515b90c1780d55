//! The host API: commands a host page posts to the graphic, and the report of
//! the current step the graphic posts back.
//!
//! Host -> graphic, one action per message:
//! - `{"overseas-stations": {"id": "<id>", "goto": "<step id>"}}`
//! - `{"overseas-stations": {"id": "<id>", "play": true | false}}`
//!
//! Graphic -> host, once at start and on every step change:
//! `{"overseas-stations-step": {"id": "<id>", "step": "<step id>", "index": N}}`.
//!
//! The command object under `"overseas-stations"` must hold exactly `id` and
//! one action key with the right type; anything else (a missing or wrong id, a
//! number for `goto`, a string for `play`, both actions, no action, an unknown
//! key, strings longer than [`MAX_ID_CHARS`] or [`MAX_STEP_ID_CHARS`]) makes the
//! whole message void. Unknown keys void it rather than being skipped because
//! they are either a typo or an action of a later version of this API, and
//! doing half of a message is worse than doing none of it. Other properties
//! of the outer object are not looked at: they may be meant for other listeners.
//!
//! The glue (`app::host_api`) reads the fields off the JS object into
//! [`Field`]s and accepts messages only from the parent window.

use super::{json_string, MAX_ID_CHARS};

/// Key of the commands a host sends.
pub const COMMAND_KEY: &str = "overseas-stations";
/// Key of the step report the graphic sends.
pub const STEP_MESSAGE_KEY: &str = "overseas-stations-step";
/// Fields of a valid command: the id and one action.
pub const COMMAND_FIELDS: usize = 2;
/// Step ids longer than this are refused (ours are a word or two).
pub const MAX_STEP_ID_CHARS: usize = 64;

/// What a host may ask of the graphic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostCommand {
    /// Show the step with this id (unknown ids are ignored by the caller).
    Goto(String),
    /// Start (`true`) or stop (`false`) autoplay.
    Play(bool),
}

/// The value of one field of a command, as read off the JS object: only the
/// types the API uses are told apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    /// A string.
    Text(String),
    /// A boolean.
    Flag(bool),
    /// Anything else: a number, `null`, an object, an array...
    Other,
}

/// The command in a message's fields (key and value pairs of the object under
/// [`COMMAND_KEY`]) if it is well formed and addressed to `own_id`.
pub fn parse_command(fields: &[(String, Field)], own_id: &str) -> Option<HostCommand> {
    if fields.len() != COMMAND_FIELDS {
        return None;
    }
    let mut id = None;
    let mut action = None;
    for (key, value) in fields {
        match (key.as_str(), value) {
            ("id", Field::Text(text)) if id.is_none() && fits(text, MAX_ID_CHARS) => {
                id = Some(text.as_str())
            }
            ("goto", Field::Text(step))
                if action.is_none() && !step.is_empty() && fits(step, MAX_STEP_ID_CHARS) =>
            {
                action = Some(HostCommand::Goto(step.clone()))
            }
            ("play", Field::Flag(on)) if action.is_none() => action = Some(HostCommand::Play(*on)),
            _ => return None,
        }
    }
    if id? != own_id {
        return None;
    }
    action
}

/// Whether `text` has at most `max` characters (without counting them all).
fn fits(text: &str, max: usize) -> bool {
    text.chars().nth(max).is_none()
}

/// The step report, as JSON text (the glue turns it into an object with `JSON.parse`).
pub fn step_message_json(id: &str, step: &str, index: usize) -> String {
    format!(
        "{{{}:{{\"id\":{},\"step\":{},\"index\":{index}}}}}",
        json_string(STEP_MESSAGE_KEY),
        json_string(id),
        json_string(step),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(key: &str, value: &str) -> (String, Field) {
        (key.to_string(), Field::Text(value.to_string()))
    }

    fn flag(key: &str, value: bool) -> (String, Field) {
        (key.to_string(), Field::Flag(value))
    }

    fn other(key: &str) -> (String, Field) {
        (key.to_string(), Field::Other)
    }

    #[test]
    fn reads_goto_and_play_for_our_id() {
        assert_eq!(
            parse_command(&[text("id", "g1"), text("goto", "december")], "g1"),
            Some(HostCommand::Goto("december".into()))
        );
        // Key order does not matter.
        assert_eq!(
            parse_command(&[flag("play", true), text("id", "g1")], "g1"),
            Some(HostCommand::Play(true))
        );
        assert_eq!(
            parse_command(&[text("id", "default"), flag("play", false)], "default"),
            Some(HostCommand::Play(false))
        );
    }

    #[test]
    fn ignores_commands_for_other_graphics() {
        let for_other = [text("id", "g2"), text("goto", "december")];
        assert_eq!(parse_command(&for_other, "g1"), None);
        // Ids are compared exactly: no trimming, no case folding.
        assert_eq!(
            parse_command(&[text("id", " g1"), text("goto", "setup")], "g1"),
            None
        );
        assert_eq!(
            parse_command(&[text("id", "G1"), text("goto", "setup")], "g1"),
            None
        );
        // A missing id is not the default one.
        assert_eq!(parse_command(&[text("goto", "setup")], "default"), None);
        assert_eq!(
            parse_command(&[other("id"), text("goto", "setup")], "default"),
            None
        );
    }

    #[test]
    fn refuses_wrong_types() {
        let bad = [
            vec![text("id", "g1"), other("goto")],
            vec![text("id", "g1"), flag("goto", true)],
            vec![text("id", "g1"), text("play", "yes")],
            vec![text("id", "g1"), other("play")],
            vec![flag("id", true), flag("play", true)],
        ];
        for fields in bad {
            assert_eq!(parse_command(&fields, "g1"), None, "{fields:?}");
        }
    }

    #[test]
    fn wants_exactly_one_action() {
        let bad = [
            vec![],
            vec![text("id", "g1")],
            vec![text("id", "g1"), text("goto", "setup"), flag("play", true)],
            vec![
                text("id", "g1"),
                text("goto", "setup"),
                text("goto", "december"),
            ],
            vec![text("id", "g1"), text("id", "g1")],
            vec![text("goto", "setup"), flag("play", true)],
        ];
        for fields in bad {
            assert_eq!(parse_command(&fields, "g1"), None, "{fields:?}");
        }
    }

    #[test]
    fn unknown_keys_void_the_message() {
        let bad = [
            vec![text("id", "g1"), text("view", "map")],
            vec![text("id", "g1"), text("Goto", "setup")],
            vec![text("id", "g1"), text("goto", "setup"), text("extra", "x")],
            vec![text("id", "g1"), other("overseas-stations")],
        ];
        for fields in bad {
            assert_eq!(parse_command(&fields, "g1"), None, "{fields:?}");
        }
    }

    #[test]
    fn refuses_empty_and_overlong_strings() {
        assert_eq!(
            parse_command(&[text("id", "g1"), text("goto", "")], "g1"),
            None
        );
        let long_step = "s".repeat(MAX_STEP_ID_CHARS + 1);
        assert_eq!(
            parse_command(&[text("id", "g1"), text("goto", &long_step)], "g1"),
            None
        );
        let longest_step = "é".repeat(MAX_STEP_ID_CHARS);
        assert_eq!(
            parse_command(&[text("id", "g1"), text("goto", &longest_step)], "g1"),
            Some(HostCommand::Goto(longest_step.clone()))
        );
        let long_id = "i".repeat(MAX_ID_CHARS + 1);
        assert_eq!(
            parse_command(&[text("id", &long_id), flag("play", true)], &long_id),
            None
        );
    }

    #[test]
    fn formats_the_step_report() {
        assert_eq!(
            step_message_json("default", "december", 3),
            r#"{"overseas-stations-step":{"id":"default","step":"december","index":3}}"#
        );
        // Ids come from the address: anything in them is escaped.
        assert_eq!(
            step_message_json("a\"b</script>", "setup", 0),
            r#"{"overseas-stations-step":{"id":"a\"b</script>","step":"setup","index":0}}"#
        );
    }
}
