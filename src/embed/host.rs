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
//! A command needs `id`, a string equal to the graphic's own, and exactly one
//! action of the right type: `goto`, a step id (a non-empty string of at most
//! [`MAX_STEP_ID_BYTES`] bytes), or `play`, a boolean. A missing or wrong id,
//! a number for `goto`, a string for `play`, both actions or none make the
//! message void. Other keys are not looked at, so that a later version may add
//! some beside an action without breaking older graphics (a message with only
//! an unknown action, such as a future `view`, does nothing).
//!
//! The glue (`app::embed_messages`) reads the known fields off the JS object
//! into [`CommandFields`] and passes on only messages from the parent window.

use super::json_string;

/// Key of the commands a host sends.
pub const COMMAND_KEY: &str = "overseas-stations";
/// Key of the step report the graphic sends.
pub const STEP_MESSAGE_KEY: &str = "overseas-stations-step";
/// Step ids longer than this (UTF-8 bytes) are refused; ours are a word.
pub const MAX_STEP_ID_BYTES: usize = 64;

/// What a host may ask of the graphic (borrowing from the message's fields).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostCommand<'a> {
    /// Show the step with this id (unknown ids are ignored by the caller).
    Goto(&'a str),
    /// Start (`true`) or stop (`false`) autoplay.
    Play(bool),
}

/// The value of one field of a command, as read off the JS object: only the
/// types the API uses are told apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    /// Not there (or `undefined`).
    Missing,
    /// A string.
    Text(String),
    /// A boolean.
    Flag(bool),
    /// Anything else: a number, `null`, an object, an array...
    Other,
}

/// The fields of the object under [`COMMAND_KEY`] that the API knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandFields {
    /// `id`.
    pub id: Field,
    /// `goto`.
    pub goto: Field,
    /// `play`.
    pub play: Field,
}

/// The command in `fields` if it is well formed and addressed to `own_id`.
pub fn parse_command<'a>(fields: &'a CommandFields, own_id: &str) -> Option<HostCommand<'a>> {
    match &fields.id {
        Field::Text(id) if id == own_id => {}
        _ => return None,
    }
    match (&fields.goto, &fields.play) {
        (Field::Text(step), Field::Missing)
            if !step.is_empty() && step.len() <= MAX_STEP_ID_BYTES =>
        {
            Some(HostCommand::Goto(step))
        }
        (Field::Missing, Field::Flag(on)) => Some(HostCommand::Play(*on)),
        _ => None,
    }
}

/// The step report, as JSON text (the glue turns it into an object with `JSON.parse`).
pub fn step_message_json(id: &str, step: &str, index: usize) -> String {
    // The key needs no escaping, so it is written out.
    format!(
        "{{\"overseas-stations-step\":{{\"id\":{},\"step\":{},\"index\":{index}}}}}",
        json_string(id),
        json_string(step),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(value: &str) -> Field {
        Field::Text(value.to_string())
    }

    fn fields(id: Field, goto: Field, play: Field) -> CommandFields {
        CommandFields { id, goto, play }
    }

    /// A parsed command that owns its step id.
    #[derive(Debug, PartialEq)]
    enum Got {
        Goto(String),
        Play(bool),
    }

    fn parse(fields: CommandFields, own_id: &str) -> Option<Got> {
        parse_command(&fields, own_id).map(|command| match command {
            HostCommand::Goto(step) => Got::Goto(step.to_string()),
            HostCommand::Play(on) => Got::Play(on),
        })
    }

    #[test]
    fn reads_goto_and_play_for_our_id() {
        assert_eq!(
            parse(fields(text("g1"), text("december"), Field::Missing), "g1"),
            Some(Got::Goto("december".into()))
        );
        assert_eq!(
            parse(fields(text("g1"), Field::Missing, Field::Flag(true)), "g1"),
            Some(Got::Play(true))
        );
        assert_eq!(
            parse(
                fields(text("default"), Field::Missing, Field::Flag(false)),
                "default"
            ),
            Some(Got::Play(false))
        );
    }

    #[test]
    fn ignores_commands_for_other_graphics() {
        let goto_for = |id: Field| parse(fields(id, text("setup"), Field::Missing), "g1");
        assert_eq!(goto_for(text("g2")), None);
        // Ids are compared exactly: no trimming, no case folding.
        assert_eq!(goto_for(text(" g1")), None);
        assert_eq!(goto_for(text("G1")), None);
        assert_eq!(goto_for(text("")), None);
        assert_eq!(goto_for(Field::Other), None);
        assert_eq!(goto_for(Field::Flag(true)), None);
        // A missing id is not the default one.
        assert_eq!(
            parse(
                fields(Field::Missing, text("setup"), Field::Missing),
                "default"
            ),
            None
        );
    }

    #[test]
    fn refuses_wrong_types() {
        let bad = [
            (Field::Other, Field::Missing),
            (Field::Flag(true), Field::Missing),
            (Field::Missing, text("yes")),
            (Field::Missing, text("true")),
            (Field::Missing, Field::Other),
        ];
        for (goto, play) in bad {
            let message = fields(text("g1"), goto, play);
            assert_eq!(parse(message.clone(), "g1"), None, "{message:?}");
        }
    }

    #[test]
    fn wants_exactly_one_action() {
        let bad = [
            (Field::Missing, Field::Missing),
            (text("setup"), Field::Flag(true)),
            (text("setup"), Field::Flag(false)),
            // `null` beside an action is not "no other action".
            (text("setup"), Field::Other),
            (Field::Other, Field::Flag(true)),
        ];
        for (goto, play) in bad {
            let message = fields(text("g1"), goto, play);
            assert_eq!(parse(message.clone(), "g1"), None, "{message:?}");
        }
    }

    #[test]
    fn refuses_empty_and_overlong_steps() {
        let goto = |step: &str| parse(fields(text("g1"), text(step), Field::Missing), "g1");
        assert_eq!(goto(""), None);
        assert_eq!(goto(&"s".repeat(MAX_STEP_ID_BYTES + 1)), None);
        // Bytes count, not characters.
        assert_eq!(goto(&"é".repeat(MAX_STEP_ID_BYTES / 2 + 1)), None);
        let longest = "s".repeat(MAX_STEP_ID_BYTES);
        assert_eq!(goto(&longest), Some(Got::Goto(longest.clone())));
    }

    #[test]
    fn formats_the_step_report() {
        assert_eq!(
            step_message_json("default", "december", 3),
            r#"{"overseas-stations-step":{"id":"default","step":"december","index":3}}"#
        );
        // Ids come from the address: anything in them is escaped.
        assert!(step_message_json("g", "s", 0).starts_with(&format!("{{\"{STEP_MESSAGE_KEY}\":")));
        assert_eq!(
            step_message_json("a\"b</script>", "setup", 0),
            r#"{"overseas-stations-step":{"id":"a\"b</script>","step":"setup","index":0}}"#
        );
    }
}
