//! Java strings as the VM makes and reads them: a `java.lang.String` whose `value` is a `char[]` of UTF-16
//! code units, and the intern table that makes string constants identical.

use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::thread::{JResult, JavaThread};

impl Runtime {
    /// A new string holding `units`.
    pub fn new_string_utf16(&self, thread: &mut JavaThread, units: &[u16]) -> JResult<ObjRef> {
        let wk = self.well_known();
        let (string_class, char_array, value_offset) = (wk.string, wk.char_array, wk.string_value);
        let chars = self.alloc_array(thread, char_array, units.len() as i32)?;
        for (i, &u) in units.iter().enumerate() {
            chars.array_set::<u16>(i, u);
        }
        thread.handles.push(chars.to_slot());
        let string = self.alloc_object(thread, string_class);
        let chars = ObjRef::from_slot(thread.handles.pop().unwrap_or_default()).expect("a handle keeps its object");
        let string = string?;
        string.write::<u64>(value_offset as usize, chars.to_slot());
        self.barrier().post_write(string.field_addr(value_offset as usize));
        Ok(string)
    }

    /// A new string holding `text`.
    pub fn new_string(&self, thread: &mut JavaThread, text: &str) -> JResult<ObjRef> {
        let units: Vec<u16> = text.encode_utf16().collect();
        self.new_string_utf16(thread, &units)
    }

    /// A new `String[]` holding `items`.
    pub fn new_string_array(&self, thread: &mut JavaThread, items: &[String]) -> JResult<ObjRef> {
        let array_class = self.array_class_of(self.well_known().string);
        let array = self.alloc_array(thread, array_class, items.len() as i32)?;
        // The array is held in a handle while each string is allocated, so a moving collector finds it.
        thread.handles.push(array.to_slot());
        let handle = thread.handles.len() - 1;
        for (k, item) in items.iter().enumerate() {
            let s = match self.new_string(thread, item) {
                Ok(s) => s,
                Err(thrown) => {
                    thread.handles.truncate(handle);
                    return Err(thrown);
                }
            };
            let array = ObjRef::from_slot(thread.handles[handle]).expect("a handle keeps its array");
            array.array_set::<u64>(k, s.to_slot());
            self.barrier().post_write(array.field_addr(ObjRef::element_offset(k, 8)));
        }
        let array = ObjRef::from_slot(thread.handles[handle]).expect("a handle keeps its array");
        thread.handles.truncate(handle);
        Ok(array)
    }

    /// The interned string with these contents (JLS 3.10.5: equal constants are the same object).
    pub fn intern_utf16(&self, thread: &mut JavaThread, units: &[u16]) -> JResult<ObjRef> {
        if let Some(&s) = self.interned.lock().get(units) {
            return Ok(s);
        }
        let s = self.new_string_utf16(thread, units)?;
        Ok(*self.interned.lock().entry(units.into()).or_insert(s))
    }

    /// `String.intern`: the canonical string equal to `s`.
    pub fn intern(&self, thread: &mut JavaThread, s: ObjRef) -> JResult<ObjRef> {
        let units = self.string_utf16(s);
        if let Some(&existing) = self.interned.lock().get(units.as_slice()) {
            return Ok(existing);
        }
        let _ = thread;
        Ok(*self.interned.lock().entry(units.into()).or_insert(s))
    }

    /// A string's UTF-16 code units.
    pub fn string_utf16(&self, s: ObjRef) -> Vec<u16> {
        let value = s.read_ref(self.well_known().string_value as usize);
        value.map(|chars| chars.char_array().to_vec()).unwrap_or_default()
    }

    /// A string as Rust text (unpaired surrogates become U+FFFD).
    pub fn string_to_rust(&self, s: ObjRef) -> String {
        String::from_utf16_lossy(&self.string_utf16(s))
    }

    /// How many strings are interned (for `--stats`).
    pub fn interned_count(&self) -> usize {
        self.interned.lock().len()
    }
}
