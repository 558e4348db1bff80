//! Checks of the opcode table against JVMS 17 chapter 6: numbering, mnemonics, formats and stack effects.

use classfile::opcode::{ArrayType, EffectSource, Opcode, OperandFormat, StackEffect};

fn fixed(pop: u8, push: u8) -> StackEffect {
    StackEffect::Fixed { pop, push }
}

#[test]
fn table_covers_every_assigned_byte_in_order() {
    assert_eq!(Opcode::ALL.len(), 0xca);
    for (byte, &op) in Opcode::ALL.iter().enumerate() {
        assert_eq!(op.as_u8() as usize, byte, "{op} out of order");
        assert_eq!(Opcode::from_u8(op.as_u8()), Some(op));
    }
    for byte in 0xca..=0xff {
        assert_eq!(
            Opcode::from_u8(byte),
            None,
            "0x{byte:02x} must be invalid in a class file"
        );
    }
}

#[test]
fn mnemonics_are_unique_lowercase_and_documented() {
    let mut seen = std::collections::HashSet::new();
    for &op in Opcode::ALL {
        let name = op.mnemonic();
        assert!(seen.insert(name), "duplicate mnemonic {name}");
        assert!(
            name.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "{name}"
        );
        assert!(
            !op.doc().is_empty() && op.doc().ends_with('.'),
            "{name} doc"
        );
        assert_eq!(op.to_string(), name);
    }
    assert_eq!(Opcode::Nop.mnemonic(), "nop");
    assert_eq!(Opcode::IconstM1.mnemonic(), "iconst_m1");
    assert_eq!(Opcode::Dup2X1.mnemonic(), "dup2_x1");
    assert_eq!(Opcode::IfAcmpne.mnemonic(), "if_acmpne");
    assert_eq!(Opcode::Return.mnemonic(), "return");
    assert_eq!(Opcode::JsrW.as_u8(), 0xc9);
    assert_eq!(Opcode::Multianewarray.as_u8(), 0xc5);
}

#[test]
fn operand_formats_match_jvms() {
    use OperandFormat as F;
    let cases = [
        (Opcode::Bipush, F::ByteI8, Some(1)),
        (Opcode::Sipush, F::ShortI16, Some(2)),
        (Opcode::Ldc, F::CpIndexU8, Some(1)),
        (Opcode::LdcW, F::CpIndexU16, Some(2)),
        (Opcode::Ldc2W, F::CpIndexU16, Some(2)),
        (Opcode::Iload, F::LocalIndexU8, Some(1)),
        (Opcode::Ret, F::LocalIndexU8, Some(1)),
        (Opcode::Iinc, F::Iinc, Some(2)),
        (Opcode::Ifnonnull, F::Branch16, Some(2)),
        (Opcode::GotoW, F::Branch32, Some(4)),
        (Opcode::JsrW, F::Branch32, Some(4)),
        (Opcode::Invokeinterface, F::InvokeInterface, Some(4)),
        (Opcode::Invokedynamic, F::InvokeDynamic, Some(4)),
        (Opcode::Newarray, F::NewArrayType, Some(1)),
        (Opcode::Multianewarray, F::MultiANewArray, Some(3)),
        (Opcode::Tableswitch, F::TableSwitch, None),
        (Opcode::Lookupswitch, F::LookupSwitch, None),
        (Opcode::Wide, F::Wide, None),
        (Opcode::Iload0, F::None, Some(0)),
    ];
    for (op, format, len) in cases {
        assert_eq!(op.operand_format(), format, "{op}");
        assert_eq!(format.fixed_len(), len, "{op}");
    }
    let wideable: Vec<_> = Opcode::ALL
        .iter()
        .filter(|op| op.is_wideable())
        .map(|op| op.mnemonic())
        .collect();
    let expected = [
        "iload", "lload", "fload", "dload", "aload", "istore", "lstore", "fstore", "dstore",
        "astore", "iinc", "ret",
    ];
    assert_eq!(wideable, expected);
}

#[test]
fn stack_effects_match_jvms() {
    let cases = [
        (Opcode::Nop, fixed(0, 0)),
        (Opcode::Lconst1, fixed(0, 2)),
        (Opcode::Ldc, fixed(0, 1)),
        (Opcode::Ldc2W, fixed(0, 2)),
        (Opcode::Dload, fixed(0, 2)),
        (Opcode::Laload, fixed(2, 2)),
        (Opcode::Lastore, fixed(4, 0)),
        (Opcode::Aastore, fixed(3, 0)),
        (Opcode::Pop2, fixed(2, 0)),
        (Opcode::Dup, fixed(1, 2)),
        (Opcode::DupX1, fixed(2, 3)),
        (Opcode::DupX2, fixed(3, 4)),
        (Opcode::Dup2, fixed(2, 4)),
        (Opcode::Dup2X1, fixed(3, 5)),
        (Opcode::Dup2X2, fixed(4, 6)),
        (Opcode::Swap, fixed(2, 2)),
        (Opcode::Ladd, fixed(4, 2)),
        (Opcode::Lshl, fixed(3, 2)),
        (Opcode::Lushr, fixed(3, 2)),
        (Opcode::Ishl, fixed(2, 1)),
        (Opcode::Lneg, fixed(2, 2)),
        (Opcode::Iinc, fixed(0, 0)),
        (Opcode::I2l, fixed(1, 2)),
        (Opcode::L2i, fixed(2, 1)),
        (Opcode::D2l, fixed(2, 2)),
        (Opcode::F2d, fixed(1, 2)),
        (Opcode::Lcmp, fixed(4, 1)),
        (Opcode::Dcmpg, fixed(4, 1)),
        (Opcode::Fcmpl, fixed(2, 1)),
        (Opcode::IfIcmplt, fixed(2, 0)),
        (Opcode::Ifnull, fixed(1, 0)),
        (Opcode::Jsr, fixed(0, 1)),
        (Opcode::Ret, fixed(0, 0)),
        (Opcode::Tableswitch, fixed(1, 0)),
        (Opcode::Lreturn, fixed(2, 0)),
        (Opcode::Return, fixed(0, 0)),
        (Opcode::New, fixed(0, 1)),
        (Opcode::Newarray, fixed(1, 1)),
        (Opcode::Arraylength, fixed(1, 1)),
        (Opcode::Athrow, fixed(1, 0)),
        (Opcode::Instanceof, fixed(1, 1)),
        (Opcode::Monitorexit, fixed(1, 0)),
    ];
    for (op, effect) in cases {
        assert_eq!(op.stack_effect(), effect, "{op}");
    }
    let dynamic = |op: Opcode| match op.stack_effect() {
        StackEffect::Dynamic(source) => Some(source),
        StackEffect::Fixed { .. } => None,
    };
    for op in [
        Opcode::Getstatic,
        Opcode::Putstatic,
        Opcode::Getfield,
        Opcode::Putfield,
    ] {
        assert_eq!(dynamic(op), Some(EffectSource::FieldDescriptor), "{op}");
    }
    for op in [
        Opcode::Invokevirtual,
        Opcode::Invokespecial,
        Opcode::Invokestatic,
        Opcode::Invokeinterface,
        Opcode::Invokedynamic,
    ] {
        assert_eq!(dynamic(op), Some(EffectSource::MethodDescriptor), "{op}");
    }
    assert_eq!(
        dynamic(Opcode::Multianewarray),
        Some(EffectSource::Dimensions)
    );
    assert_eq!(dynamic(Opcode::Wide), Some(EffectSource::ModifiedOpcode));
    assert_eq!(
        Opcode::ALL
            .iter()
            .filter(|&&op| dynamic(op).is_some())
            .count(),
        11
    );
}

#[test]
fn array_types_round_trip() {
    for atype in 0..=255u8 {
        match ArrayType::from_u8(atype) {
            Some(t) => assert_eq!(t as u8, atype),
            None => assert!(!(4..=11).contains(&atype)),
        }
    }
    assert_eq!(ArrayType::from_u8(10).map(ArrayType::descriptor), Some('I'));
    assert_eq!(ArrayType::from_u8(11).map(ArrayType::descriptor), Some('J'));
}
