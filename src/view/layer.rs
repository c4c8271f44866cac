//! A part of the picture drawn from a few values, as a component: Yew draws it again only when
//! those values change. Every frame makes a new `Scene`; without this, every part of the
//! picture would be rebuilt and compared each frame, though most hold still most of the time.
//! A layer's value holds exactly what its drawing reads, so it cannot miss a change.

use std::any::Any;
use std::rc::Rc;
use yew::prelude::*;

/// A layer's value: what it draws from, and how.
pub trait Draw: PartialEq + 'static {
    fn draw(&self) -> Html;
}

/// Any layer's value, compared with another of any type. One component serves every kind of
/// layer (a generic component per kind would cost the first load about 5 KiB).
trait AnyLayer {
    fn draw(&self) -> Html;
    fn same(&self, other: &dyn Any) -> bool;
    fn as_any(&self) -> &dyn Any;
}

impl<D: Draw> AnyLayer for D {
    fn draw(&self) -> Html {
        Draw::draw(self)
    }
    fn same(&self, other: &dyn Any) -> bool {
        other.downcast_ref::<D>() == Some(self)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[derive(Properties)]
struct LayerProps {
    of: Rc<dyn AnyLayer>,
}

impl PartialEq for LayerProps {
    fn eq(&self, other: &Self) -> bool {
        self.of.same(other.of.as_any())
    }
}

/// Each layer is one `<g>`, even while it draws nothing: in Yew 0.23 a component that renders
/// nothing, among siblings that come and go, panics on its next update (yewstack/yew#4092).
#[component]
fn Layer(props: &LayerProps) -> Html {
    html! { <g>{ props.of.draw() }</g> }
}

/// `of` drawn as its own layer.
pub fn layer<D: Draw>(of: D) -> Html {
    any_layer(Rc::new(of))
}

/// The part of `layer` that is the same for every kind (compiled once, not once per kind).
fn any_layer(of: Rc<dyn AnyLayer>) -> Html {
    html! { <Layer {of} /> }
}
