//! Per-class and per-method context (names, constant pool, descriptor, decoded code, the initial frame),
//! and the choice between type checking and type inference for one method.

use classfile::attribute::Code;
use classfile::bytecode::{Instruction, decode};
use classfile::descriptor::{FieldType, MethodDescriptor};
use classfile::{ClassFile, ConstantPool, MemberInfo};

use crate::error::{Fail, VerifyError, VerifyErrorKind, VerifyFailure};
use crate::frame::Frame;
use crate::types::VType;
use crate::verified::MethodFrames;
use crate::{ClassHierarchy, checker, inference};

/// What every method of one class shares.
pub(crate) struct ClassCtx<'a> {
    pub class: &'a ClassFile,
    pub name: String,
    pub super_name: Option<String>,
    pub cp: &'a ConstantPool,
    pub hierarchy: &'a dyn ClassHierarchy,
    /// The superclasses, nearest first (for `invokespecial` and the protected check).
    pub super_chain: Vec<String>,
}

impl<'a> ClassCtx<'a> {
    pub fn new(
        class: &'a ClassFile,
        hierarchy: &'a dyn ClassHierarchy,
    ) -> Result<Self, VerifyFailure> {
        let malformed = |what: &str| {
            VerifyFailure::Verify(Box::new(VerifyError {
                class: String::new(),
                method: String::new(),
                descriptor: String::new(),
                bci: None,
                kind: VerifyErrorKind::Malformed(what.into()),
                inferred: false,
            }))
        };
        let name = class
            .name()
            .map_err(|_| malformed("this_class is not a Class constant"))?
            .to_owned();
        let super_name = class
            .super_name()
            .map_err(|_| malformed("super_class is not a Class constant"))?
            .map(str::to_owned);
        let mut super_chain = Vec::new();
        let mut next = super_name.clone();
        while let Some(s) = next {
            // A cycle cannot come from a real loader; the bound keeps a bad hierarchy from looping.
            if super_chain.len() >= 4096 {
                break;
            }
            next = hierarchy.superclass(&s)?;
            super_chain.push(s);
        }
        Ok(Self {
            class,
            name,
            super_name,
            cp: &class.constant_pool,
            hierarchy,
            super_chain,
        })
    }
}

/// One method being verified.
pub(crate) struct MethodCtx<'a> {
    pub class: &'a ClassCtx<'a>,
    pub member: &'a MemberInfo,
    pub name: &'a str,
    pub descriptor: &'a str,
    pub code: &'a Code,
    pub insns: Vec<Instruction>,
    /// For each code byte, the index in `insns` of the instruction starting there, or `u32::MAX`.
    pub index_of: Vec<u32>,
    pub return_type: Option<VType>,
    pub max_stack: usize,
    /// Type inference (class files before 50, or the fail-over for 50): `jsr`/`ret` allowed.
    pub inference: bool,
}

impl MethodCtx<'_> {
    /// The index in `insns` of the instruction starting at `bci`, if one does.
    pub fn insn_index(&self, bci: u32) -> Option<usize> {
        let i = *self.index_of.get(bci as usize)?;
        (i != u32::MAX).then_some(i as usize)
    }

    /// Whether this method is an instance initializer.
    pub fn is_init(&self) -> bool {
        self.name == "<init>"
    }

    /// The initial frame (JVMS 4.10.1.6 `methodInitialStackFrame`).
    pub fn initial_frame(&self) -> Result<Frame, VerifyErrorKind> {
        let desc = MethodDescriptor::parse(self.descriptor).ok_or_else(|| {
            VerifyErrorKind::Malformed(format!("bad method descriptor {}", self.descriptor))
        })?;
        let max_locals = usize::from(self.code.max_locals);
        let mut locals = Vec::with_capacity(max_locals);
        let mut this_uninit = false;
        if !self.member.access_flags.is_static() {
            if self.is_init() && self.class.name != "java/lang/Object" {
                locals.push(VType::UninitializedThis);
                this_uninit = true;
            } else {
                locals.push(VType::reference(&self.class.name));
            }
        }
        for p in &desc.parameters {
            let t = VType::from_field_type(p);
            let wide = t.is_category2();
            locals.push(t);
            if wide {
                locals.push(VType::Top);
            }
        }
        if locals.len() > max_locals {
            return Err(VerifyErrorKind::Malformed(
                "arguments can't fit into locals".into(),
            ));
        }
        let locals_size = locals.len();
        locals.resize(max_locals, VType::Top);
        Ok(Frame {
            locals,
            stack: Vec::new(),
            this_uninit,
            locals_size,
        })
    }

    /// Wraps a broken rule at `bci` into the public error.
    pub fn error(&self, bci: Option<u32>, kind: VerifyErrorKind) -> VerifyFailure {
        VerifyFailure::Verify(Box::new(VerifyError {
            class: self.class.name.clone(),
            method: self.name.to_owned(),
            descriptor: self.descriptor.to_owned(),
            bci,
            kind,
            inferred: self.inference,
        }))
    }

    /// Locates a step failure.
    pub fn fail(&self, bci: Option<u32>, f: Fail) -> VerifyFailure {
        match f {
            Fail::Rule(kind) => self.error(bci, kind),
            Fail::Load(e) => VerifyFailure::Hierarchy(e),
        }
    }
}

/// Verifies one method; `None` for a method without code.
pub(crate) fn verify_method(
    ctx: &ClassCtx<'_>,
    member: &MemberInfo,
) -> Result<Option<MethodFrames>, VerifyFailure> {
    let Some(code) = member.code() else {
        return Ok(None);
    };
    let name = member.name(ctx.cp).unwrap_or("?");
    let descriptor = member.descriptor(ctx.cp).unwrap_or("?");
    let return_type = MethodDescriptor::parse(descriptor)
        .and_then(|d| d.return_type)
        .map(|t| VType::from_field_type(&t));
    let major = ctx.class.major_version;
    let mut m = MethodCtx {
        class: ctx,
        member,
        name,
        descriptor,
        code,
        insns: Vec::new(),
        index_of: vec![u32::MAX; code.code.len()],
        return_type,
        max_stack: usize::from(code.max_stack),
        inference: major < 50,
    };
    if FieldType::parse(descriptor).is_some() || MethodDescriptor::parse(descriptor).is_none() {
        return Err(m.error(
            None,
            VerifyErrorKind::Malformed(format!("bad method descriptor {descriptor}")),
        ));
    }
    let insns = decode(&code.code)
        .map_err(|e| m.error(None, VerifyErrorKind::BadInstruction(e.to_string())))?;
    for insn in insns {
        let i = u32::try_from(m.insns.len()).unwrap_or(u32::MAX);
        if let Some(slot) = m.index_of.get_mut(insn.bci as usize) {
            *slot = i;
        }
        m.insns.push(insn);
    }
    if m.insns.is_empty() {
        return Err(m.error(Some(0), VerifyErrorKind::FallsOffEnd));
    }
    if m.inference {
        return inference::verify(&m).map(Some);
    }
    match checker::verify(&m) {
        Ok(frames) => Ok(Some(frames)),
        // HotSpot 17 fails over to the old verifier for version 50 only (FailOverToOldVerifier).
        Err(VerifyFailure::Verify(first)) if major == 50 => {
            m.inference = true;
            inference::verify(&m)
                .map(Some)
                .map_err(|_| VerifyFailure::Verify(first))
        }
        Err(e) => Err(e),
    }
}
