//! The platform-free UI core: everything the DOM renderer needs to turn a Kratos flow into
//! accessible HTML and drive it to its end, decided natively and tested without a browser.
//!
//! - [`view`]: what each node becomes ([`node_view`] → [`NodeView`]), sanitised: no
//!   JavaScript string, script node or unsafe URL ever reaches the DOM layer.
//! - [`layout`]: which nodes render together and in which order ([`sections`]), and which
//!   nodes a submit carries ([`submit_nodes`], [`implied_method`]).
//! - [`submit`]: the JSON body of a submit ([`body`], [`form_body`]).
//! - [`i18n`]: message texts by id with `{placeholder}` interpolation ([`message_text`]).
//! - [`locale`]: which shipped locale language tags ask for ([`locale::negotiate`]).
//! - [`texts`]: the SDK's own texts by stable key, in English ([`texts::ALL`]).
//! - [`driver`]: what to do after an answer ([`ending`] → [`Ending`]).
//! - [`card`]: the default card's titles, links between flows and button roles; [`texts`]:
//!   its English texts by key.
//! - [`navigation`]: where the SDK may send the browser ([`NavigationPolicy`]).
//!
//! The DOM layer must set every string it gets from here as text (`textContent`, attribute
//! values), never as HTML.

pub mod card;
pub mod driver;
pub mod headless;
pub mod i18n;
pub mod layout;
pub mod locale;
pub mod navigation;
pub mod submit;
pub mod texts;
pub mod view;

pub use driver::{
    ending, ending_with, Ending, EndingContext, FlowKind, Outcome, SessionToken, Step,
};
pub use i18n::{label_text, message_text, translated_label, Translations, TranslationsError};
pub use layout::{implied_method, sections, submit_nodes, Layout, LayoutOptions, Section};
pub use navigation::{NavigationPolicy, Source};
pub use submit::{body, field, form_body, Field, FieldValue, SubmitError};
pub use view::{node_label, node_view, NodeView};

/// Sorts `items` stably by `rank`. One small merge sort does the work for every caller: the
/// standard library's sorts are instantiated once per element type, and each copy cost the
/// renderer's wasm module ~4.5 KB.
pub(crate) fn sort_by_rank<T>(items: &mut Vec<T>, rank: impl Fn(&T) -> u32) {
    let ranks: Vec<u32> = items.iter().map(rank).collect();
    let order = stable_order(ranks.len(), &|a, b| ranks.get(a) <= ranks.get(b));
    permute(items, order);
}

/// Puts `items` into `order` (a permutation of their indices).
pub(crate) fn permute<T>(items: &mut Vec<T>, order: Vec<usize>) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// The indices `0..n` in stable order, `in_order(a, b)` telling whether `a` may stay before
/// `b`: a bottom-up merge sort, O(n log n).
pub(crate) fn stable_order(n: usize, in_order: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        merged.clear();
        let mut start = 0;
        while start < n {
            let middle = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut left, mut right) = (start, middle);
            while left < middle || right < end {
                let take_left =
                    right >= end || (left < middle && in_order(order[left], order[right]));
                if take_left {
                    merged.push(order[left]);
                    left += 1;
                } else {
                    merged.push(order[right]);
                    right += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

#[cfg(test)]
mod tests {
    #[test]
    fn sort_by_rank_is_stable() {
        for n in 0..40u32 {
            let mut items: Vec<(u32, u32)> = (0..n).map(|i| ((i * 7919) % 5, i)).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            super::sort_by_rank(&mut items, |item| item.0);
            assert_eq!(items, expected);
        }
    }
}
