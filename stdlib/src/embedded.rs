//! The embedded `java.base` class files, compiled by `build.rs` and looked up by internal name.

include!(concat!(env!("OUT_DIR"), "/embedded_classes.rs"));

/// The bytes of the embedded class `internal_name` (`java/lang/Object`), or `None` if the library lacks it.
pub fn find_class(internal_name: &str) -> Option<&'static [u8]> {
    EMBEDDED_CLASSES
        .binary_search_by(|(name, _)| (*name).cmp(internal_name))
        .ok()
        .map(|i| EMBEDDED_CLASSES[i].1)
}

/// The internal names of every embedded class, in sorted order.
pub fn class_names() -> impl Iterator<Item = &'static str> {
    EMBEDDED_CLASSES.iter().map(|(name, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(EMBEDDED_CLASSES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn object_is_present() {
        let bytes = find_class("java/lang/Object").expect("java/lang/Object is embedded");
        assert_eq!(&bytes[..4], &[0xCA, 0xFE, 0xBA, 0xBE]);
        assert!(find_class("java/lang/NoSuchClassAnywhere").is_none());
        assert!(find_class("module-info").is_none());
    }

    #[test]
    fn every_class_parses_checked_and_is_java_17() {
        for name in class_names() {
            let bytes = find_class(name).expect("a listed name is found");
            let class = classfile::ClassFile::parse_checked(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(class.major_version, 61, "{name}");
        }
    }

    #[test]
    fn core_classes_are_present() {
        for name in [
            "java/lang/String",
            "java/lang/Class",
            "java/lang/Throwable",
            "java/lang/System",
            "java/lang/StringBuilder",
            "java/lang/Integer",
            "java/io/PrintStream",
            "java/lang/StackTraceElement",
            "java/lang/NullPointerException",
        ] {
            assert!(find_class(name).is_some(), "{name} is embedded");
        }
    }
}
