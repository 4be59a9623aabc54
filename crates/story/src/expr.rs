//! Conditions and effects: the small typed language of `when:` and `effects:` strings.
//!
//! ```text
//! condition := or
//! or        := and (("or" | "||") and)*
//! and       := unary (("and" | "&&") unary)*
//! unary     := ("not" | "!") unary | compare
//! compare   := atom (("==" | "!=" | "<" | "<=" | ">" | ">=") atom)?
//! atom      := variable | integer | "true" | "false" | "(" or ")"
//! effect    := variable ("=" | "+=" | "-=") atom
//! ```
//! Variables are declared in the scenario with a default; their type (bool or integer)
//! comes from the default. Everything is checked before a scenario plays.

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::format::Literal;

/// Type of a variable or expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Bool,
    Int,
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Type::Bool => "true/false",
            Type::Int => "a whole number",
        })
    }
}

/// A run-time value of a variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Bool(bool),
    Int(i64),
}

impl Value {
    pub fn ty(self) -> Type {
        match self {
            Value::Bool(_) => Type::Bool,
            Value::Int(_) => Type::Int,
        }
    }
}

impl From<Literal> for Value {
    fn from(l: Literal) -> Self {
        match l {
            Literal::Bool(b) => Value::Bool(b),
            Literal::Int(i) => Value::Int(i),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A checked expression; variables are indices into the scenario's variable list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    Lit(Value),
    Var(usize),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Cmp(CmpOp, Box<Expr>, Box<Expr>),
}

impl Expr {
    pub fn eval(&self, vars: &[Value]) -> Value {
        match self {
            Expr::Lit(v) => *v,
            Expr::Var(i) => vars[*i],
            Expr::Not(e) => Value::Bool(!e.eval(vars).as_bool()),
            Expr::And(a, b) => Value::Bool(a.eval(vars).as_bool() && b.eval(vars).as_bool()),
            Expr::Or(a, b) => Value::Bool(a.eval(vars).as_bool() || b.eval(vars).as_bool()),
            Expr::Cmp(op, a, b) => {
                let (a, b) = (a.eval(vars), b.eval(vars));
                Value::Bool(match op {
                    CmpOp::Eq => a == b,
                    CmpOp::Ne => a != b,
                    CmpOp::Lt => a.as_int() < b.as_int(),
                    CmpOp::Le => a.as_int() <= b.as_int(),
                    CmpOp::Gt => a.as_int() > b.as_int(),
                    CmpOp::Ge => a.as_int() >= b.as_int(),
                })
            }
        }
    }

    /// Evaluates a condition (type-checked as bool when it was compiled).
    pub fn holds(&self, vars: &[Value]) -> bool {
        self.eval(vars).as_bool()
    }
}

impl Value {
    fn as_bool(self) -> bool {
        matches!(self, Value::Bool(true))
    }

    fn as_int(self) -> i64 {
        match self {
            Value::Int(i) => i,
            Value::Bool(b) => i64::from(b),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EffectOp {
    Set,
    Add,
    Sub,
}

/// A checked effect: `var = value`, `var += n` or `var -= n`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effect {
    pub var: usize,
    pub op: EffectOp,
    pub value: Expr,
}

impl Effect {
    pub fn apply(&self, vars: &mut [Value]) {
        let v = self.value.eval(vars);
        vars[self.var] = match (self.op, vars[self.var], v) {
            (EffectOp::Set, _, v) => v,
            (EffectOp::Add, Value::Int(a), Value::Int(b)) => Value::Int(a.saturating_add(b)),
            (EffectOp::Sub, Value::Int(a), Value::Int(b)) => Value::Int(a.saturating_sub(b)),
            (_, old, _) => old,
        };
    }
}

/// A problem in an expression, with the byte range inside the expression text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExprError {
    pub kind: ExprErrorKind,
    pub message: String,
    pub span: Range<usize>,
    pub help: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExprErrorKind {
    Syntax,
    UnknownVariable,
    Type,
}

/// What an expression can refer to: the scenario's variables, by name and type.
pub trait Scope {
    fn lookup(&self, name: &str) -> Option<(usize, Type)>;
    fn names(&self) -> Vec<&str>;
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Int(i64),
    LParen,
    RParen,
    Not,
    And,
    Or,
    Cmp(CmpOp),
    Assign(EffectOp),
}

fn lex(src: &str) -> Result<Vec<(Tok, Range<usize>)>, ExprError> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let two = bytes.get(i..i + 2);
        let (tok, len) = match (c, two) {
            (_, Some(b"==")) => (Tok::Cmp(CmpOp::Eq), 2),
            (_, Some(b"!=")) => (Tok::Cmp(CmpOp::Ne), 2),
            (_, Some(b"<=")) => (Tok::Cmp(CmpOp::Le), 2),
            (_, Some(b">=")) => (Tok::Cmp(CmpOp::Ge), 2),
            (_, Some(b"&&")) => (Tok::And, 2),
            (_, Some(b"||")) => (Tok::Or, 2),
            (_, Some(b"+=")) => (Tok::Assign(EffectOp::Add), 2),
            (_, Some(b"-=")) => (Tok::Assign(EffectOp::Sub), 2),
            (b'<', _) => (Tok::Cmp(CmpOp::Lt), 1),
            (b'>', _) => (Tok::Cmp(CmpOp::Gt), 1),
            (b'=', _) => (Tok::Assign(EffectOp::Set), 1),
            (b'!', _) => (Tok::Not, 1),
            (b'(', _) => (Tok::LParen, 1),
            (b')', _) => (Tok::RParen, 1),
            (c, _) if c.is_ascii_digit() || c == b'-' => {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j].is_ascii_digit() {
                    j += 1;
                }
                let text = &src[i..j];
                let n = text.parse::<i64>().map_err(|_| ExprError {
                    kind: ExprErrorKind::Syntax,
                    message: format!("`{text}` is not a whole number"),
                    span: i..j,
                    help: Some("write a number such as 0, 3 or -1".into()),
                })?;
                (Tok::Int(n), j - i)
            }
            (c, _) if c.is_ascii_alphabetic() || c == b'_' => {
                let mut j = i + 1;
                while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'_') {
                    j += 1;
                }
                let tok = match &src[i..j] {
                    "and" => Tok::And,
                    "or" => Tok::Or,
                    "not" => Tok::Not,
                    word => Tok::Ident(word.to_string()),
                };
                (tok, j - i)
            }
            _ => {
                let ch = src[i..].chars().next().unwrap_or('?');
                return Err(ExprError {
                    kind: ExprErrorKind::Syntax,
                    message: format!("unexpected character `{ch}`"),
                    span: i..i + ch.len_utf8(),
                    help: Some(
                        "conditions use names, numbers, true/false, and/or/not, ==, !=, <, <=, >, >= and parentheses".into(),
                    ),
                });
            }
        };
        i += len;
        out.push((tok, start..i));
    }
    Ok(out)
}

struct Parser<'a, S: Scope> {
    toks: Vec<(Tok, Range<usize>)>,
    pos: usize,
    end: usize,
    scope: &'a S,
}

type Typed = (Expr, Type, Range<usize>);

impl<S: Scope> Parser<'_, S> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(t, _)| t)
    }

    fn here(&self) -> Range<usize> {
        self.toks
            .get(self.pos)
            .map(|(_, s)| s.clone())
            .unwrap_or(self.end..self.end)
    }

    fn syntax(&self, message: impl Into<String>, help: &str) -> ExprError {
        ExprError {
            kind: ExprErrorKind::Syntax,
            message: message.into(),
            span: self.here(),
            help: Some(help.into()),
        }
    }

    fn expect_bool(&self, t: &Typed, what: &str) -> Result<(), ExprError> {
        if t.1 == Type::Bool {
            Ok(())
        } else {
            Err(ExprError {
                kind: ExprErrorKind::Type,
                message: format!("`{what}` needs true/false on both sides, found {}", t.1),
                span: t.2.clone(),
                help: Some("compare the number instead, for example `count > 0`".into()),
            })
        }
    }

    fn or(&mut self) -> Result<Typed, ExprError> {
        let mut left = self.and()?;
        while self.peek() == Some(&Tok::Or) {
            self.pos += 1;
            let right = self.and()?;
            self.expect_bool(&left, "or")?;
            self.expect_bool(&right, "or")?;
            let span = left.2.start..right.2.end;
            left = (
                Expr::Or(Box::new(left.0), Box::new(right.0)),
                Type::Bool,
                span,
            );
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Typed, ExprError> {
        let mut left = self.unary()?;
        while self.peek() == Some(&Tok::And) {
            self.pos += 1;
            let right = self.unary()?;
            self.expect_bool(&left, "and")?;
            self.expect_bool(&right, "and")?;
            let span = left.2.start..right.2.end;
            left = (
                Expr::And(Box::new(left.0), Box::new(right.0)),
                Type::Bool,
                span,
            );
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Typed, ExprError> {
        if self.peek() == Some(&Tok::Not) {
            let start = self.here().start;
            self.pos += 1;
            let inner = self.unary()?;
            self.expect_bool(&inner, "not")?;
            let span = start..inner.2.end;
            return Ok((Expr::Not(Box::new(inner.0)), Type::Bool, span));
        }
        self.compare()
    }

    fn compare(&mut self) -> Result<Typed, ExprError> {
        let left = self.atom()?;
        let Some(Tok::Cmp(op)) = self.peek().cloned() else {
            return Ok(left);
        };
        self.pos += 1;
        let right = self.atom()?;
        let span = left.2.start..right.2.end;
        let ordering = !matches!(op, CmpOp::Eq | CmpOp::Ne);
        if left.1 != right.1 {
            return Err(ExprError {
                kind: ExprErrorKind::Type,
                message: format!("cannot compare {} with {}", left.1, right.1),
                span,
                help: Some("both sides of a comparison must have the same type".into()),
            });
        }
        if ordering && left.1 == Type::Bool {
            return Err(ExprError {
                kind: ExprErrorKind::Type,
                message: "only numbers can be compared with <, <=, > or >=".into(),
                span,
                help: Some("use == or != for true/false variables".into()),
            });
        }
        Ok((
            Expr::Cmp(op, Box::new(left.0), Box::new(right.0)),
            Type::Bool,
            span,
        ))
    }

    fn atom(&mut self) -> Result<Typed, ExprError> {
        let span = self.here();
        match self.peek().cloned() {
            Some(Tok::Int(n)) => {
                self.pos += 1;
                Ok((Expr::Lit(Value::Int(n)), Type::Int, span))
            }
            Some(Tok::Ident(name)) => {
                self.pos += 1;
                match name.as_str() {
                    "true" => Ok((Expr::Lit(Value::Bool(true)), Type::Bool, span)),
                    "false" => Ok((Expr::Lit(Value::Bool(false)), Type::Bool, span)),
                    _ => match self.scope.lookup(&name) {
                        Some((idx, ty)) => Ok((Expr::Var(idx), ty, span)),
                        None => Err(unknown_variable(&name, span, self.scope)),
                    },
                }
            }
            Some(Tok::LParen) => {
                self.pos += 1;
                let inner = self.or()?;
                if self.peek() != Some(&Tok::RParen) {
                    return Err(self.syntax("expected `)`", "close the parenthesis"));
                }
                let end = self.here().end;
                self.pos += 1;
                Ok((inner.0, inner.1, span.start..end))
            }
            Some(_) => Err(self.syntax(
                "expected a variable, a number, true or false",
                "a condition looks like `forwarded`, `not forwarded` or `courage >= 2`",
            )),
            None => Err(self.syntax(
                "the condition ends too early",
                "a condition looks like `forwarded`, `not forwarded` or `courage >= 2`",
            )),
        }
    }
}

fn unknown_variable(name: &str, span: Range<usize>, scope: &impl Scope) -> ExprError {
    let help = match crate::suggest(name, scope.names()) {
        Some(s) => format!("did you mean `{s}`?"),
        None => "declare it under `variables:` with a default value".into(),
    };
    ExprError {
        kind: ExprErrorKind::UnknownVariable,
        message: format!("unknown variable `{name}`"),
        span,
        help: Some(help),
    }
}

/// Parses and type-checks a condition.
pub fn parse_condition(src: &str, scope: &impl Scope) -> Result<Expr, ExprError> {
    let mut p = Parser {
        toks: lex(src)?,
        pos: 0,
        end: src.len(),
        scope,
    };
    let e = p.or()?;
    if p.pos < p.toks.len() {
        return Err(p.syntax(
            "unexpected text after the condition",
            "join conditions with `and` or `or`",
        ));
    }
    if e.1 != Type::Bool {
        return Err(ExprError {
            kind: ExprErrorKind::Type,
            message: format!("a condition must be true or false, this is {}", e.1),
            span: e.2,
            help: Some("compare the number, for example `count > 0`".into()),
        });
    }
    Ok(e.0)
}

/// Parses and type-checks an effect such as `forwarded = true` or `courage += 1`.
pub fn parse_effect(src: &str, scope: &impl Scope) -> Result<Effect, ExprError> {
    const HELP: &str = "an effect looks like `forwarded = true` or `courage += 1`";
    let toks = lex(src)?;
    let mut p = Parser {
        toks,
        pos: 0,
        end: src.len(),
        scope,
    };
    let (var, var_ty, var_span) = match p.peek().cloned() {
        Some(Tok::Ident(name)) if name != "true" && name != "false" => {
            let span = p.here();
            p.pos += 1;
            match scope.lookup(&name) {
                Some((i, t)) => (i, t, span),
                None => return Err(unknown_variable(&name, span, scope)),
            }
        }
        _ => return Err(p.syntax("an effect starts with a variable name", HELP)),
    };
    let Some(Tok::Assign(op)) = p.peek().cloned() else {
        return Err(p.syntax("expected `=`, `+=` or `-=`", HELP));
    };
    p.pos += 1;
    let value = p.atom()?;
    if p.pos < p.toks.len() {
        return Err(p.syntax("unexpected text after the effect", HELP));
    }
    if op != EffectOp::Set && var_ty != Type::Int {
        return Err(ExprError {
            kind: ExprErrorKind::Type,
            message: "only number variables can be increased or decreased".into(),
            span: var_span.start..value.2.end,
            help: Some("use `=` to set a true/false variable".into()),
        });
    }
    if value.1 != var_ty {
        return Err(ExprError {
            kind: ExprErrorKind::Type,
            message: format!("this variable holds {var_ty}, but the value is {}", value.1),
            span: value.2,
            help: Some(match var_ty {
                Type::Bool => "use true or false".into(),
                Type::Int => "use a whole number".into(),
            }),
        });
    }
    Ok(Effect {
        var,
        op,
        value: value.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Vars;
    impl Scope for Vars {
        fn lookup(&self, name: &str) -> Option<(usize, Type)> {
            match name {
                "forwarded" => Some((0, Type::Bool)),
                "courage" => Some((1, Type::Int)),
                _ => None,
            }
        }
        fn names(&self) -> Vec<&str> {
            vec!["forwarded", "courage"]
        }
    }

    fn eval(src: &str, forwarded: bool, courage: i64) -> bool {
        parse_condition(src, &Vars)
            .unwrap()
            .holds(&[Value::Bool(forwarded), Value::Int(courage)])
    }

    #[test]
    fn evaluates_conditions() {
        assert!(eval("forwarded", true, 0));
        assert!(eval("not forwarded", false, 0));
        assert!(eval("!forwarded && courage >= 2", false, 2));
        assert!(!eval("!forwarded && courage >= 2", false, 1));
        assert!(eval("forwarded or (courage > 0 and courage < 3)", false, 2));
        assert!(eval("courage == -1", false, -1));
        assert!(eval("forwarded != true", false, 0));
    }

    #[test]
    fn applies_effects() {
        let mut vars = [Value::Bool(false), Value::Int(1)];
        parse_effect("forwarded = true", &Vars)
            .unwrap()
            .apply(&mut vars);
        parse_effect("courage += 2", &Vars)
            .unwrap()
            .apply(&mut vars);
        parse_effect("courage -= 1", &Vars)
            .unwrap()
            .apply(&mut vars);
        assert_eq!(vars, [Value::Bool(true), Value::Int(2)]);
        parse_effect("courage = courage", &Vars)
            .unwrap()
            .apply(&mut vars);
        assert_eq!(vars[1], Value::Int(2));
    }

    #[test]
    fn reports_errors_with_positions() {
        let e = parse_condition("courage >= 2 and forwared", &Vars).unwrap_err();
        assert_eq!(e.kind, ExprErrorKind::UnknownVariable);
        assert_eq!(e.span, 17..25);
        assert_eq!(e.help.as_deref(), Some("did you mean `forwarded`?"));

        let e = parse_condition("courage and forwarded", &Vars).unwrap_err();
        assert_eq!(e.kind, ExprErrorKind::Type);
        assert_eq!(e.span, 0..7);

        let e = parse_condition("courage", &Vars).unwrap_err();
        assert_eq!(e.kind, ExprErrorKind::Type);

        let e = parse_condition("forwarded > true", &Vars).unwrap_err();
        assert_eq!(e.kind, ExprErrorKind::Type);

        let e = parse_condition("(forwarded", &Vars).unwrap_err();
        assert_eq!((e.kind, e.span), (ExprErrorKind::Syntax, 10..10));

        let e = parse_condition("forwarded $", &Vars).unwrap_err();
        assert_eq!((e.kind, e.span), (ExprErrorKind::Syntax, 10..11));

        let e = parse_effect("forwarded += 1", &Vars).unwrap_err();
        assert_eq!(e.kind, ExprErrorKind::Type);
        let e = parse_effect("courage = true", &Vars).unwrap_err();
        assert_eq!((e.kind, e.span), (ExprErrorKind::Type, 10..14));
        let e = parse_effect("courage", &Vars).unwrap_err();
        assert_eq!(e.kind, ExprErrorKind::Syntax);
    }

    #[test]
    fn huge_numbers_are_errors_not_panics() {
        let e = parse_condition("courage > 99999999999999999999999", &Vars).unwrap_err();
        assert_eq!(e.kind, ExprErrorKind::Syntax);
        let mut vars = [Value::Bool(false), Value::Int(i64::MAX)];
        parse_effect("courage += 5", &Vars)
            .unwrap()
            .apply(&mut vars);
        assert_eq!(vars[1], Value::Int(i64::MAX));
    }
}
