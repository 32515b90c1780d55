//! The host API: commands a host page posts to the graphic, and the report of
//! the current step the graphic posts back.
//!
//! Host -> graphic, one action per message:
//! - `{"overseas-stations": {"id": "<id>", "goto": "<step id>"}}`
//! - `{"overseas-stations": {"id": "<id>", "play": true | false}}`
//! - `{"overseas-stations": {"id": "<id>", "place": "<ISO code or city id>"}}`
//!   (read by [`HostMessage::place_for`]; the page looks the id up and
//!   ignores an unknown one)
//!
//! Graphic -> host, once at start and on every step change:
//! `{"overseas-stations-step": {"id": "<id>", "step": "<step id>", "index": N}}`.
//!
//! A command needs `id`, a string equal to the graphic's own, and exactly one
//! action of the right type: `goto`, a step id (a non-empty string of at most
//! [`MAX_STEP_ID_BYTES`] bytes), `play`, a boolean, or `place`, a string of
//! the shape of a place id (`crate::view::explore::places::is_place_id`). A missing or wrong id,
//! a number for `goto`, a string for `play`, both actions or none make the
//! message void (`null` counts as absent). Other keys are not looked at, so
//! that a later version may add some beside an action without breaking older
//! graphics (a message with only an unknown action, such as a future `view`,
//! does nothing).
//!
//! The messages are serde types: the page reads [`HostMessage`] from the
//! `MessageEvent`'s data with serde-wasm-bindgen and writes [`StepMessage`]
//! with it; the native tests use serde_json, which follows the same derive.

use serde::{Deserialize, Serialize};

use crate::view::explore::places::is_place_id;

/// Key of the commands a host sends.
pub const COMMAND_KEY: &str = "overseas-stations";
/// Key of the step report the graphic sends.
pub const STEP_MESSAGE_KEY: &str = "overseas-stations-step";
/// Step ids longer than this (UTF-8 bytes) are refused; ours are a word.
pub const MAX_STEP_ID_BYTES: usize = 64;

/// What a host may ask of the graphic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostCommand {
    /// Show the step with this id (unknown ids are ignored by the caller).
    Goto(String),
    /// Start (`true`) or stop (`false`) autoplay.
    Play(bool),
}

/// A message a host posts: anything with a [`COMMAND_KEY`] object. Other
/// keys are ignored; a value of the wrong type makes the whole message void
/// (it does not deserialize).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct HostMessage {
    /// The command, if the message carries one.
    #[serde(rename = "overseas-stations", default)]
    pub command: Option<CommandFields>,
}

/// The fields of the object under [`COMMAND_KEY`] that the API knows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct CommandFields {
    /// The graphic the command is for.
    pub id: Option<String>,
    /// A step to show.
    pub goto: Option<String>,
    /// Start or stop autoplay.
    pub play: Option<bool>,
    /// A place to highlight.
    pub place: Option<String>,
}

impl HostMessage {
    /// The command in the message if it is well formed and addressed to `own_id`.
    pub fn command_for(self, own_id: &str) -> Option<HostCommand> {
        let fields = self.command?;
        if fields.id.as_deref() != Some(own_id) || fields.place.is_some() {
            return None;
        }
        match (fields.goto, fields.play) {
            (Some(step), None) if !step.is_empty() && step.len() <= MAX_STEP_ID_BYTES => {
                Some(HostCommand::Goto(step))
            }
            (None, Some(on)) => Some(HostCommand::Play(on)),
            _ => None,
        }
    }

    /// The place id in the message if it is a well-formed `place` command,
    /// the only action, addressed to `own_id` ([`HostMessage::command_for`]
    /// reads the two timeline actions).
    pub fn place_for(&self, own_id: &str) -> Option<&str> {
        let fields = self.command.as_ref()?;
        let only = fields.goto.is_none() && fields.play.is_none();
        let place = fields.place.as_deref().filter(|p| is_place_id(p))?;
        (fields.id.as_deref() == Some(own_id) && only).then_some(place)
    }
}

/// The step report the graphic posts to its host.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StepMessage<'a> {
    /// The report, under [`STEP_MESSAGE_KEY`].
    #[serde(rename = "overseas-stations-step")]
    pub report: StepReport<'a>,
}

/// Which graphic shows which step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StepReport<'a> {
    /// The graphic's id (from its own address).
    pub id: &'a str,
    /// The step's id.
    pub step: &'a str,
    /// The step's index, from 0.
    pub index: usize,
}

/// The report that graphic `id` shows step `step` (at `index`).
pub fn step_message<'a>(id: &'a str, step: &'a str, index: usize) -> StepMessage<'a> {
    StepMessage {
        report: StepReport { id, step, index },
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The command that `json`, read as the page reads a message, gives graphic `g1`.
    fn command(json: &str) -> Option<HostCommand> {
        serde_json::from_str::<HostMessage>(json)
            .ok()?
            .command_for("g1")
    }

    #[test]
    fn reads_goto_and_play_for_our_id() {
        assert_eq!(
            command(r#"{"overseas-stations":{"id":"g1","goto":"december"}}"#),
            Some(HostCommand::Goto("december".into()))
        );
        assert_eq!(
            command(r#"{"overseas-stations":{"id":"g1","play":true}}"#),
            Some(HostCommand::Play(true))
        );
        assert_eq!(
            command(r#"{"overseas-stations":{"play":false,"id":"g1","later":{"x":[1]}}}"#),
            Some(HostCommand::Play(false))
        );
        // Keys beside the command are someone else's.
        assert_eq!(
            command(r#"{"other":5,"overseas-stations":{"id":"g1","goto":"setup"}}"#),
            Some(HostCommand::Goto("setup".into()))
        );
    }

    #[test]
    fn ignores_commands_for_other_graphics() {
        for id in [
            r#""g2""#, r#"" g1""#, r#""G1""#, r#""""#, "7", "true", "null",
        ] {
            let json = format!(r#"{{"overseas-stations":{{"id":{id},"goto":"setup"}}}}"#);
            assert_eq!(command(&json), None, "{json}");
        }
        // A missing id is not the default one.
        let message: HostMessage =
            serde_json::from_str(r#"{"overseas-stations":{"goto":"setup"}}"#).unwrap();
        assert_eq!(message.command_for("default"), None);
    }

    #[test]
    fn refuses_wrong_types_and_junk() {
        for json in [
            r#"{"overseas-stations":{"id":"g1","goto":3}}"#,
            r#"{"overseas-stations":{"id":"g1","goto":true}}"#,
            r#"{"overseas-stations":{"id":"g1","goto":["setup"]}}"#,
            r#"{"overseas-stations":{"id":"g1","play":"yes"}}"#,
            r#"{"overseas-stations":{"id":"g1","play":1}}"#,
            r#"{"overseas-stations":"goto setup"}"#,
            r#"{"overseas-stations":null}"#,
            r#"{"overseas-stations":{"id":{"toString":"g1"},"play":true}}"#,
            r#"{"__proto__":{"id":"g1","play":true}}"#,
            r#""pymxPYMxg1xPYMxwidthxPYMx640""#,
            "[]",
            "null",
            "42",
        ] {
            assert_eq!(command(json), None, "{json}");
        }
    }

    #[test]
    fn wants_exactly_one_action() {
        for json in [
            r#"{"overseas-stations":{"id":"g1"}}"#,
            r#"{"overseas-stations":{"id":"g1","goto":"setup","play":true}}"#,
            r#"{"overseas-stations":{"id":"g1","goto":"setup","play":false}}"#,
            r#"{"overseas-stations":{"id":"g1","view":"map"}}"#,
        ] {
            assert_eq!(command(json), None, "{json}");
        }
        // `null` is absent: it names no second action.
        assert_eq!(
            command(r#"{"overseas-stations":{"id":"g1","goto":"setup","play":null}}"#),
            Some(HostCommand::Goto("setup".into()))
        );
    }

    /// The place that `json`, read as the page reads a message, asks graphic `g1` for.
    fn place(json: &str) -> Option<String> {
        let message = serde_json::from_str::<HostMessage>(json).ok()?;
        message.place_for("g1").map(str::to_owned)
    }

    #[test]
    fn reads_a_place_for_our_id_as_the_only_action() {
        let json = r#"{"overseas-stations":{"id":"g1","place":"IT"}}"#;
        assert_eq!(place(json).as_deref(), Some("IT"));
        assert_eq!(command(json), None, "a place is no step command");
        assert_eq!(
            place(r#"{"overseas-stations":{"place":"it-milan","id":"g1","later":1}}"#).as_deref(),
            Some("it-milan")
        );
        assert_eq!(
            place(r#"{"overseas-stations":{"id":"g1","place":"IT","play":null}}"#).as_deref(),
            Some("IT")
        );
        for json in [
            r#"{"overseas-stations":{"id":"g2","place":"IT"}}"#,
            r#"{"overseas-stations":{"place":"IT"}}"#,
            r#"{"overseas-stations":{"id":"g1","place":"IT","goto":"setup"}}"#,
            r#"{"overseas-stations":{"id":"g1","place":"IT","play":true}}"#,
            r#"{"overseas-stations":{"id":"g1","place":""}}"#,
            r#"{"overseas-stations":{"id":"g1","place":"<img src=x>"}}"#,
            r#"{"overseas-stations":{"id":"g1","place":"IT:Milan"}}"#,
            r#"{"overseas-stations":{"id":"g1","place":["IT"]}}"#,
            r#"{"overseas-stations":{"id":"g1","place":39}}"#,
            r#"{"overseas-stations":{"id":"g1","place":{"iso2":"IT"}}}"#,
        ] {
            assert_eq!(place(json), None, "{json}");
        }
        let long = "a".repeat(crate::view::explore::places::MAX_ID_BYTES + 1);
        let json = serde_json::json!({ COMMAND_KEY: { "id": "g1", "place": long } });
        assert_eq!(place(&json.to_string()), None);
        // Beside a step command, a place makes the message void: one action at a time.
        assert_eq!(
            command(r#"{"overseas-stations":{"id":"g1","goto":"setup","place":"IT"}}"#),
            None
        );
    }

    #[test]
    fn refuses_empty_and_overlong_steps() {
        let goto = |step: &str| {
            let json = serde_json::json!({ COMMAND_KEY: { "id": "g1", "goto": step } });
            command(&json.to_string())
        };
        assert_eq!(goto(""), None);
        assert_eq!(goto(&"s".repeat(MAX_STEP_ID_BYTES + 1)), None);
        // Bytes count, not characters.
        assert_eq!(goto(&"é".repeat(MAX_STEP_ID_BYTES / 2 + 1)), None);
        let longest = "s".repeat(MAX_STEP_ID_BYTES);
        assert_eq!(goto(&longest), Some(HostCommand::Goto(longest.clone())));
    }

    #[test]
    fn writes_the_step_report() {
        let json = |id, step, index| serde_json::to_string(&step_message(id, step, index)).unwrap();
        assert_eq!(
            json("default", "december", 3),
            r#"{"overseas-stations-step":{"id":"default","step":"december","index":3}}"#
        );
        assert!(json("g", "s", 0).starts_with(&format!("{{\"{STEP_MESSAGE_KEY}\":")));
        // Ids come from the address: anything in them is escaped.
        assert_eq!(
            json("a\"b</script>", "setup", 0),
            r#"{"overseas-stations-step":{"id":"a\"b</script>","step":"setup","index":0}}"#
        );
    }
}
