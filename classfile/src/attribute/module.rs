//! The `Module` attribute (JVMS 4.7.25): a module declaration's requires, exports, opens, uses, provides.

use super::codec::codec_struct;
use crate::constant_pool::CpIndex;

codec_struct! {
    /// The body of a `Module` attribute.
    pub struct Module {
        /// `Module`: this module's name.
        pub name: CpIndex,
        /// `ACC_OPEN`, `ACC_SYNTHETIC`, `ACC_MANDATED`.
        pub flags: u16,
        /// `Utf8`: the version, or 0.
        pub version: CpIndex,
        /// `requires` directives.
        pub requires: Vec<ModuleRequires>,
        /// `exports` directives.
        pub exports: Vec<ModulePackageTargets>,
        /// `opens` directives.
        pub opens: Vec<ModulePackageTargets>,
        /// `Class` constants of the services used.
        pub uses: Vec<CpIndex>,
        /// `provides` directives.
        pub provides: Vec<ModuleProvides>,
    }
}

codec_struct! {
    /// A `requires` directive.
    pub struct ModuleRequires {
        /// `Module`: the module required.
        pub module: CpIndex,
        /// `ACC_TRANSITIVE`, `ACC_STATIC_PHASE`, `ACC_SYNTHETIC`, `ACC_MANDATED`.
        pub flags: u16,
        /// `Utf8`: the version compiled against, or 0.
        pub version: CpIndex,
    }
}

codec_struct! {
    /// An `exports` or `opens` directive.
    pub struct ModulePackageTargets {
        /// `Package`: the package.
        pub package: CpIndex,
        /// `ACC_SYNTHETIC`, `ACC_MANDATED`.
        pub flags: u16,
        /// `Module` constants it is qualified to; empty for everyone.
        pub to: Vec<CpIndex>,
    }
}

codec_struct! {
    /// A `provides` directive.
    pub struct ModuleProvides {
        /// `Class`: the service interface.
        pub service: CpIndex,
        /// `Class` constants of the implementations.
        pub with: Vec<CpIndex>,
    }
}
