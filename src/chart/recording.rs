//! A drawing backend for native tests that records what was drawn.

use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};

use std::cell::RefCell;
use std::rc::Rc;

/// Everything drawn, as plain data.
#[derive(Default)]
pub struct Log {
    /// Filled rectangles: top-left, bottom-right, colour.
    pub filled: Vec<(BackendCoord, BackendCoord, (u8, u8, u8))>,
    /// Texts and their anchor points.
    pub texts: Vec<(String, BackendCoord)>,
    /// Outlined (unfilled) rectangles: top-left, bottom-right.
    pub outlines: Vec<(BackendCoord, BackendCoord)>,
}

/// A backend of a given size whose log the test keeps a handle on.
pub struct Recording {
    pub size: (u32, u32),
    pub log: Rc<RefCell<Log>>,
}

#[derive(Debug)]
pub struct NoError;
impl std::fmt::Display for NoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no error")
    }
}
impl std::error::Error for NoError {}

impl DrawingBackend for Recording {
    type ErrorType = NoError;
    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<NoError>> {
        Ok(())
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<NoError>> {
        Ok(())
    }
    fn draw_pixel(
        &mut self,
        _: BackendCoord,
        _: BackendColor,
    ) -> Result<(), DrawingErrorKind<NoError>> {
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<NoError>> {
        if fill {
            self.log.borrow_mut().filled.push((a, b, style.color().rgb));
        } else {
            self.log.borrow_mut().outlines.push((a, b));
        }
        Ok(())
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        _: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<NoError>> {
        self.log.borrow_mut().texts.push((text.to_owned(), pos));
        Ok(())
    }
}
