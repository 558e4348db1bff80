//! The `Code` attribute (JVMS 4.7.3) and the debugging tables inside it (JVMS 4.7.12-4.7.14): limits,
//! exception-table ranges, and the pcs, names and slots of line and local-variable tables.
//!
//! What the instructions themselves do (branch targets, operand kinds, stack depth) is the verifier's
//! business, as in HotSpot: this is what a loader rejects before any verification.

use std::collections::HashSet;

use super::attributes::CODE_SINGLE;
use super::constants::bad_descriptor;
use super::members::MethodShape;
use super::{Checker, is_class};
use crate::attribute::{AttributeBody, Code, LocalVariable};
use crate::descriptor::{FieldType, is_valid_unqualified_name};
use crate::error::{ClassFormatError, FormatDefect, Result};

/// JVMS 4.7.3: `code_length` is greater than zero and less than 65536.
const MAX_CODE_LENGTH: usize = 65535;

fn bad_code(reason: String) -> ClassFormatError {
    FormatDefect::BadCode {
        reason,
        context: String::new(),
    }
    .into()
}

impl Checker<'_> {
    /// Checks one method's `Code` attribute.
    pub(super) fn check_code(&self, shape: &MethodShape<'_>, code: &Code) -> Result<()> {
        let length = code.code.len();
        if length == 0 || length > MAX_CODE_LENGTH {
            return Err(bad_code(format!("Invalid method Code length {length}")));
        }
        // JVMS 4.7.3: the locals hold the parameters (and `this`) on entry.
        if usize::from(code.max_locals) < shape.parameter_slots {
            return Err(bad_code(format!(
                "Arguments can't fit into locals (max_locals {} < {} parameter slots)",
                code.max_locals, shape.parameter_slots
            )));
        }
        for (i, handler) in code.exception_table.iter().enumerate() {
            let (start, end, target) = (
                usize::from(handler.start_pc),
                usize::from(handler.end_pc),
                usize::from(handler.handler_pc),
            );
            if start >= end || end > length {
                return Err(bad_code(format!(
                    "Illegal exception table range [{start}, {end}) in entry {i} (code length {length})"
                )));
            }
            if target >= length {
                return Err(bad_code(format!(
                    "Illegal exception table handler {target} in entry {i}"
                )));
            }
            self.expect_or_none(handler.catch_type, "Class", is_class, &|| {
                format!("exception table entry {i}")
            })?;
        }
        self.check_multiplicity(&code.attributes, CODE_SINGLE)?;
        let mut lvt_seen = HashSet::new();
        let mut lvtt_seen = HashSet::new();
        for attribute in &code.attributes {
            match &attribute.body {
                // JVMS 4.7.12: each start_pc is an index into the code.
                AttributeBody::LineNumberTable(rows) => {
                    if let Some(row) = rows.iter().find(|r| usize::from(r.start_pc) >= length) {
                        return Err(bad_code(format!(
                            "Invalid pc {} in LineNumberTable",
                            row.start_pc
                        )));
                    }
                }
                AttributeBody::LocalVariableTable(rows) => {
                    for row in rows {
                        self.check_local_variable(row, code, true, &mut lvt_seen)?;
                    }
                }
                AttributeBody::LocalVariableTypeTable(rows) => {
                    for row in rows {
                        self.check_local_variable(row, code, false, &mut lvtt_seen)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// JVMS 4.7.13-14: the range lies within the code, the name is an unqualified name, the descriptor a
    /// field descriptor (`LocalVariableTable`) or any `Utf8` signature (`LocalVariableTypeTable`), the slot
    /// (two for `long` and `double`) lies within `max_locals`, and each variable is described once.
    fn check_local_variable(
        &self,
        row: &LocalVariable,
        code: &Code,
        is_lvt: bool,
        seen: &mut HashSet<(u16, u16, u16, u16)>,
    ) -> Result<()> {
        let table = if is_lvt {
            "LocalVariableTable"
        } else {
            "LocalVariableTypeTable"
        };
        let length = code.code.len();
        let start = usize::from(row.start_pc);
        if start >= length {
            return Err(bad_code(format!("Invalid start_pc {start} in {table}")));
        }
        if usize::from(row.length) > length - start {
            return Err(bad_code(format!(
                "Invalid length {} in {table}",
                row.length
            )));
        }
        let context = || table.to_string();
        let name = self.utf8(row.name, &context)?;
        if !is_valid_unqualified_name(name) {
            // HotSpot judges local names by the field-name rule and words the error so.
            return Err(FormatDefect::BadFieldName { name: name.into() }.into());
        }
        let descriptor = self.utf8(row.descriptor, &context)?;
        let slots = if is_lvt {
            match FieldType::parse(descriptor) {
                Some(ty) => u32::from(ty.slots()),
                None => {
                    let what = format!("Local variable \"{name}\" has illegal signature");
                    return Err(bad_descriptor(&what, descriptor, table.into()));
                }
            }
        } else {
            1
        };
        if u32::from(row.index) + slots > u32::from(code.max_locals) {
            return Err(bad_code(format!(
                "Invalid index {} for local variable \"{name}\" in {table} (max_locals {})",
                row.index, code.max_locals
            )));
        }
        if !seen.insert((row.start_pc, row.length, row.name.0, row.index)) {
            return Err(bad_code(format!("Duplicated {table} entry for \"{name}\"")));
        }
        Ok(())
    }
}
