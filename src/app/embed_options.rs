//! The controls of the "Embed this graphic" box: the step to open at, the
//! chart on narrow screens, the theme, the four switches, the place to open
//! at and the house colour. Each is named as the URL option it sets (`EmbedChoices::from_form`
//! reads them back), and its words follow the language in place, so a switch
//! of language keeps what a producer chose.

use leptos::prelude::*;

use super::Ctx;
use crate::view::query::ChartView;

/// The options' controls, inside the box's `<fieldset>`.
/// `opened` turns true when the box is first opened.
pub fn embed_options(ctx: Ctx, opened: ReadSignal<bool>) -> impl IntoView {
    let words = move || ctx.strings();
    let steps = ctx
        .steps()
        .map(|(_, id, label)| view! { <option value=id>{label}</option> })
        .collect_view();
    let views = ChartView::ALL
        .into_iter()
        .enumerate()
        .map(|(i, view)| view! { <option value=view.id()>{move || words().view_names[i]}</option> })
        .collect_view();
    let themes = ["", "light", "dark"]
        .into_iter()
        .enumerate()
        .map(|(i, value)| view! { <option value=value>{move || words().embed_themes[i]}</option> })
        .collect_view();
    // Every country, then every city, as the search writes them ("Milan,
    // Italy"), once the box is first opened (the places are made then). The
    // ids are the same in every language: a switch relabels the options and
    // keeps the choice.
    let places = move || {
        opened.get().then(|| {
            let english = ctx.english.places(ctx.english.data);
            english
                .all()
                .iter()
                .map(|p| {
                    let id = p.id.clone();
                    let label = move || {
                        let places = ctx.places();
                        let place = places.find(&id)?;
                        Some(places.label(place, ctx.strings()))
                    };
                    view! { <option value=p.id.clone()>{label}</option> }
                })
                .collect_view()
        })
    };
    let check = |name: &'static str, label: fn(&crate::strings::Strings) -> &'static str| {
        view! {
            <label class="check">
                <input type="checkbox" name=name/>
                {move || label(words())}
            </label>
        }
    };
    view! {
        <legend>{move || words().embed_options}</legend>
        <label>
            {move || words().embed_start}
            <select name="step">
                <option value="">{move || words().embed_from_start}</option>
                {steps}
            </select>
        </label>
        <label>{move || words().embed_view}<select name="view">{views}</select></label>
        <label>{move || words().embed_theme}<select name="theme">{themes}</select></label>
        {check("controls", |s| s.embed_fixed)}
        {check("autoplay", |s| s.embed_no_autoplay)}
        {check("title", |s| s.embed_no_title)}
        {check("search", |s| s.embed_search)}
        <label>
            {move || words().embed_place}
            <select name="place">
                <option value="">{move || words().embed_no_place}</option>
                {places}
            </select>
        </label>
        <label>
            {move || words().embed_accent}
            <input type="text" name="accent" maxlength="7" size="8" spellcheck="false" autocomplete="off"/>
        </label>
    }
}
