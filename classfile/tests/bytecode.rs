//! Decoder and encoder tests: every opcode round-trips, switch padding at every alignment, `wide`, each
//! error variant, and a seeded byte-soup run asserting no panic and exact re-encoding.

use classfile::bytecode::{
    DecodeError, Decoder, EncodeError, Instruction, LookupSwitch, Operands, TableSwitch, decode,
    decode_at,
};
use classfile::opcode::{ArrayType, Opcode, OperandFormat};

/// A tiny xorshift64 generator, so the soup test is reproducible without a dependency.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn byte(&mut self) -> u8 {
        self.next() as u8
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Appends a well-formed encoding of `op` at bci `out.len()`, taking operand bytes from `byte`.
fn sample(op: Opcode, out: &mut Vec<u8>, byte: &mut dyn FnMut() -> u8) {
    use OperandFormat as F;
    let bci = out.len();
    let word = |out: &mut Vec<u8>, v: i32| out.extend(v.to_be_bytes());
    out.push(op.as_u8());
    match op.operand_format() {
        F::None => {}
        F::LocalIndexU8 | F::ByteI8 | F::CpIndexU8 => out.push(byte()),
        F::ShortI16 | F::CpIndexU16 | F::Branch16 | F::Iinc => out.extend([byte(), byte()]),
        F::Branch32 => out.extend([byte(), byte(), byte(), byte()]),
        F::InvokeInterface => out.extend([byte(), byte(), byte().max(1), 0]),
        F::InvokeDynamic => out.extend([byte(), byte(), 0, 0]),
        F::NewArrayType => out.push(4 + byte() % 8),
        F::MultiANewArray => out.extend([byte(), byte(), byte().max(1)]),
        F::TableSwitch | F::LookupSwitch => {
            out.extend((0..(3 - bci % 4)).map(|_| byte()));
            word(out, i32::from(byte() as i8) * 3);
            let count = i32::from(byte() % 4);
            let low = i32::from(byte() as i8) * 1000;
            if op == Opcode::Tableswitch {
                word(out, low);
                word(out, low + count);
                for _ in 0..=count {
                    word(out, i32::from(byte()));
                }
            } else {
                word(out, count);
                for i in 0..count {
                    word(out, low + i * 7);
                    word(out, -i32::from(byte()));
                }
            }
        }
        F::Wide => {
            let wideable: Vec<_> = Opcode::ALL.iter().filter(|o| o.is_wideable()).collect();
            let target = *wideable[usize::from(byte()) % wideable.len()];
            out.extend([target.as_u8(), byte(), byte()]);
            if target == Opcode::Iinc {
                out.extend([byte(), byte()]);
            }
        }
    }
}

/// Decodes `code` up to its first error, asserting that the instructions re-encode to the bytes consumed.
fn round_trip_prefix(code: &[u8]) -> Result<Vec<Instruction>, DecodeError> {
    let mut out = Vec::new();
    let mut instructions = Vec::new();
    for result in Decoder::new(code) {
        let insn = result?;
        assert_eq!(insn.bci as usize, out.len());
        assert_ne!(insn.opcode, Opcode::Wide);
        insn.encode(&mut out)
            .expect("decoded instructions always encode");
        assert_eq!(out.len(), insn.next_bci() as usize, "{insn:?}");
        assert_eq!(
            out[insn.bci as usize..],
            code[insn.bci as usize..out.len()],
            "{insn:?}"
        );
        instructions.push(insn);
    }
    assert_eq!(out, code);
    Ok(instructions)
}

#[test]
fn every_opcode_round_trips_at_every_alignment() {
    for &op in Opcode::ALL {
        for lead in 0..4 {
            let mut code = vec![Opcode::Nop.as_u8(); lead];
            let mut counter = 0u8;
            sample(op, &mut code, &mut || {
                counter = counter.wrapping_add(37);
                counter
            });
            let instructions = round_trip_prefix(&code).unwrap_or_else(|e| panic!("{op}: {e}"));
            assert_eq!(instructions.len(), lead + 1);
            let last = &instructions[lead];
            assert_eq!(last.is_wide(), op == Opcode::Wide);
            if op != Opcode::Wide {
                assert_eq!(last.opcode, op);
            }
            assert_eq!(decode_at(&code, lead as u32).as_ref(), Ok(last));
        }
    }
}

#[test]
fn typed_operands() {
    let code = [
        0x10, 0xff, // bipush -1
        0x11, 0x80, 0x00, // sipush -32768
        0x12, 0xfe, // ldc #254
        0x84, 0x05, 0x80, // iinc 5 -128
        0xa7, 0xff, 0xf6, // goto -10
        0xb9, 0x01, 0x02, 0x03, 0x00, // invokeinterface #258 count 3
        0xba, 0x00, 0x07, 0x00, 0x00, // invokedynamic #7
        0xbc, 0x0a, // newarray int
        0xc5, 0x00, 0x09, 0x02, // multianewarray #9 dims 2
        0xc8, 0x7f, 0xff, 0xff, 0xff, // goto_w
    ];
    let got: Vec<_> = decode(&code)
        .unwrap()
        .into_iter()
        .map(|i| i.operands)
        .collect();
    let expected = [
        Operands::Int(-1),
        Operands::Int(-32768),
        Operands::ConstantPool(254),
        Operands::Iinc {
            index: 5,
            delta: -128,
            wide: false,
        },
        Operands::Branch(-10),
        Operands::InvokeInterface {
            index: 258,
            count: 3,
        },
        Operands::ConstantPool(7),
        Operands::NewArray(ArrayType::Int),
        Operands::MultiANewArray { index: 9, dims: 2 },
        Operands::Branch(i32::MAX),
    ];
    assert_eq!(got, expected);
    let goto = decode_at(&code, 10).unwrap();
    assert_eq!(goto.branch_target(), Some(0));
    assert_eq!(decode_at(&code, 7).unwrap().local_index(), Some(5));
    assert_eq!(decode_at(&code, 13).unwrap().cp_index(), Some(258));
    let backwards = [0xa7, 0x80, 0x00];
    assert_eq!(decode_at(&backwards, 0).unwrap().branch_target(), None);
}

#[test]
fn switches_pad_from_the_code_start() {
    for lead in 0..4u32 {
        let mut code = vec![0; lead as usize];
        code.push(0xaa);
        code.extend((0..(3 - lead % 4)).map(|i| i as u8 + 1)); // non-zero padding survives
        for word in [100i32, -1, 1, 10, 20, 30] {
            code.extend(word.to_be_bytes());
        }
        let insns = round_trip_prefix(&code).unwrap();
        let table = &insns[lead as usize];
        assert_eq!((table.bci + 1 + 3 - lead) % 4, 0);
        let Operands::TableSwitch(ref t) = table.operands else {
            panic!("{table:?}")
        };
        assert_eq!(
            (t.default, t.low, t.high, t.offsets.as_slice()),
            (100, -1, 1, &[10, 20, 30][..])
        );
        let targets: Vec<_> = t.targets(table.bci).collect();
        assert_eq!(targets, [100, 10, 20, 30].map(|o| Some(lead + o)));

        let mut code = vec![0; lead as usize];
        code.push(0xab);
        code.extend((0..(3 - lead % 4)).map(|_| 0));
        for word in [-4i32, 2, -5, 8, 7, 12] {
            code.extend(word.to_be_bytes());
        }
        let insns = round_trip_prefix(&code).unwrap();
        let Operands::LookupSwitch(ref l) = insns[lead as usize].operands else {
            panic!()
        };
        assert_eq!(
            (l.default, l.pairs.as_slice()),
            (-4, &[(-5, 8), (7, 12)][..])
        );
        let targets: Vec<_> = l.targets(lead + 4).collect();
        assert_eq!(targets, [Some(lead), Some(lead + 12), Some(lead + 16)]);
    }
}

#[test]
fn wide_forms_are_kept() {
    let code = [
        0xc4, 0x15, 0x00, 0x03, // wide iload 3 (needlessly wide)
        0xc4, 0x37, 0x01, 0x2c, // wide lstore 300
        0xc4, 0x84, 0x01, 0x00, 0xfc, 0x18, // wide iinc 256 -1000
        0xc4, 0xa9, 0xff, 0xff, // wide ret 65535
    ];
    let insns = round_trip_prefix(&code).unwrap();
    let summary: Vec<_> = insns
        .iter()
        .map(|i| (i.bci, i.opcode, i.len, i.operands.clone()))
        .collect();
    assert_eq!(
        summary,
        [
            (
                0,
                Opcode::Iload,
                4,
                Operands::Local {
                    index: 3,
                    wide: true
                }
            ),
            (
                4,
                Opcode::Lstore,
                4,
                Operands::Local {
                    index: 300,
                    wide: true
                }
            ),
            (
                8,
                Opcode::Iinc,
                6,
                Operands::Iinc {
                    index: 256,
                    delta: -1000,
                    wide: true
                }
            ),
            (
                14,
                Opcode::Ret,
                4,
                Operands::Local {
                    index: 65535,
                    wide: true
                }
            ),
        ]
    );
    assert!(insns.iter().all(Instruction::is_wide));
}

fn first_error(code: &[u8]) -> DecodeError {
    match round_trip_prefix(code) {
        Err(e) => e,
        Ok(insns) => panic!("{code:02x?} decoded as {insns:?}"),
    }
}

#[test]
fn each_decode_error() {
    use DecodeError as E;
    let iload = Opcode::Iload;
    let cases: Vec<(Vec<u8>, DecodeError)> = vec![
        (vec![0x00, 0xcb], E::UnknownOpcode { bci: 1, byte: 0xcb }),
        (vec![0xca], E::ReservedOpcode { bci: 0, byte: 0xca }),
        (
            vec![0x00, 0x00, 0xfe],
            E::ReservedOpcode { bci: 2, byte: 0xfe },
        ),
        (vec![0xff], E::ReservedOpcode { bci: 0, byte: 0xff }),
        (
            vec![0x00, 0x15],
            E::Truncated {
                bci: 1,
                opcode: iload,
                needed: 1,
                available: 0,
            },
        ),
        (
            vec![0x11, 0x01],
            E::Truncated {
                bci: 0,
                opcode: Opcode::Sipush,
                needed: 2,
                available: 1,
            },
        ),
        (
            vec![0xc4, 0x15, 0x01],
            E::Truncated {
                bci: 0,
                opcode: iload,
                needed: 3,
                available: 2,
            },
        ),
        (
            vec![0xc4],
            E::Truncated {
                bci: 0,
                opcode: Opcode::Wide,
                needed: 1,
                available: 0,
            },
        ),
        (vec![0xc4, 0x60, 0, 0], E::WideTarget { bci: 0, byte: 0x60 }),
        (vec![0xc4, 0x1a, 0, 0], E::WideTarget { bci: 0, byte: 0x1a }),
        (vec![0xc4, 0xc4, 0, 0], E::WideTarget { bci: 0, byte: 0xc4 }),
        (vec![0xc4, 0xca, 0, 0], E::WideTarget { bci: 0, byte: 0xca }),
        (vec![0xb9, 0, 1, 0, 0], E::InvokeInterfaceCount { bci: 0 }),
        (
            vec![0xb9, 0, 1, 1, 9],
            E::InvokeInterfaceNonzero { bci: 0, byte: 9 },
        ),
        (
            vec![0xba, 0, 1, 0, 1],
            E::InvokeDynamicNonzero { bci: 0, bytes: 1 },
        ),
        (vec![0xbc, 3], E::ArrayType { bci: 0, atype: 3 }),
        (vec![0xbc, 12], E::ArrayType { bci: 0, atype: 12 }),
        (vec![0xc5, 0, 1, 0], E::MultiANewArrayDims { bci: 0 }),
    ];
    for (code, expected) in cases {
        assert_eq!(first_error(&code), expected, "{code:02x?}");
        assert!(!expected.to_string().is_empty());
    }
    assert_eq!(decode_at(&[0x00], 1), Err(E::OutOfCode { bci: 1, len: 1 }));
}

/// Builds a switch at bci 0: opcode, three padding bytes, then the given words.
fn switch(opcode: u8, words: &[i32]) -> Vec<u8> {
    let mut code = vec![opcode, 0, 0, 0];
    for word in words {
        code.extend(word.to_be_bytes());
    }
    code
}

#[test]
fn switch_errors() {
    use DecodeError as E;
    let ts = Opcode::Tableswitch;
    assert_eq!(
        first_error(&switch(0xaa, &[0, 2, 1])),
        E::TableSwitchBounds {
            bci: 0,
            low: 2,
            high: 1
        }
    );
    // A table claiming 2^32 entries is rejected by length before anything is allocated for it.
    let huge = switch(0xaa, &[0, i32::MIN, i32::MAX]);
    let expected = E::Truncated {
        bci: 0,
        opcode: ts,
        needed: 15 + (1 << 34),
        available: 15,
    };
    assert_eq!(first_error(&huge), expected);
    assert_eq!(
        first_error(&switch(0xaa, &[0, 0, 1, 5])),
        E::Truncated {
            bci: 0,
            opcode: ts,
            needed: 23,
            available: 19
        }
    );
    assert_eq!(
        first_error(&[0xaa, 0]),
        E::Truncated {
            bci: 0,
            opcode: ts,
            needed: 2,
            available: 1
        }
    );
    let ls = Opcode::Lookupswitch;
    assert_eq!(
        first_error(&switch(0xab, &[0, -1])),
        E::LookupSwitchNegative { bci: 0, npairs: -1 }
    );
    let max = switch(0xab, &[0, i32::MAX]);
    assert_eq!(
        first_error(&max),
        E::Truncated {
            bci: 0,
            opcode: ls,
            needed: 11 + 8 * (i32::MAX as u64),
            available: 11
        }
    );
    let unsorted = switch(0xab, &[0, 3, 1, 0, 5, 0, 5, 0]);
    assert_eq!(
        first_error(&unsorted),
        E::LookupSwitchUnsorted {
            bci: 0,
            pair: 2,
            key: 5
        }
    );
    let descending = switch(0xab, &[0, 2, 1, 0, -1, 0]);
    assert_eq!(
        first_error(&descending),
        E::LookupSwitchUnsorted {
            bci: 0,
            pair: 1,
            key: -1
        }
    );
}

#[test]
fn encode_errors_leave_output_untouched() {
    let insn = |opcode, operands| Instruction {
        bci: 0,
        opcode,
        operands,
        len: 0,
    };
    let cases = [
        (
            insn(Opcode::Iadd, Operands::Int(1)),
            EncodeError::OperandsMismatch {
                opcode: Opcode::Iadd,
                operands: "Int",
            },
        ),
        (
            insn(
                Opcode::Wide,
                Operands::Local {
                    index: 1,
                    wide: true,
                },
            ),
            EncodeError::OperandsMismatch {
                opcode: Opcode::Wide,
                operands: "Local",
            },
        ),
        (
            insn(Opcode::Bipush, Operands::Int(128)),
            EncodeError::OutOfRange {
                opcode: Opcode::Bipush,
                value: 128,
                bits: 8,
            },
        ),
        (
            insn(Opcode::Ldc, Operands::ConstantPool(256)),
            EncodeError::OutOfRange {
                opcode: Opcode::Ldc,
                value: 256,
                bits: 8,
            },
        ),
        (
            insn(
                Opcode::Iload,
                Operands::Local {
                    index: 256,
                    wide: false,
                },
            ),
            EncodeError::OutOfRange {
                opcode: Opcode::Iload,
                value: 256,
                bits: 8,
            },
        ),
        (
            insn(
                Opcode::Iinc,
                Operands::Iinc {
                    index: 1,
                    delta: -129,
                    wide: false,
                },
            ),
            EncodeError::OutOfRange {
                opcode: Opcode::Iinc,
                value: -129,
                bits: 8,
            },
        ),
        (
            insn(Opcode::Goto, Operands::Branch(40000)),
            EncodeError::OutOfRange {
                opcode: Opcode::Goto,
                value: 40000,
                bits: 16,
            },
        ),
        (
            insn(
                Opcode::Tableswitch,
                Operands::TableSwitch(TableSwitch {
                    default: 0,
                    low: 1,
                    high: 2,
                    offsets: vec![0],
                    padding: [0; 3],
                }),
            ),
            EncodeError::TableSwitchLength {
                low: 1,
                high: 2,
                len: 1,
            },
        ),
    ];
    for (insn, expected) in cases {
        let mut out = vec![7, 7];
        assert_eq!(insn.encode(&mut out), Err(expected), "{insn:?}");
        assert_eq!(out, [7, 7]);
    }
    // Representable but invalid code encodes, so tests can hand the verifier something to reject.
    let unsorted = LookupSwitch {
        default: 0,
        pairs: vec![(2, 0), (1, 0)],
        padding: [0; 3],
    };
    let mut out = vec![0];
    insn(Opcode::Lookupswitch, Operands::LookupSwitch(unsorted))
        .encode(&mut out)
        .unwrap();
    assert_eq!(out.len(), 1 + 1 + 2 + 8 + 16);
}

#[test]
fn byte_soup_never_panics_and_round_trips() {
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let (mut ok, mut failed) = (0u32, 0u32);
    for round in 0..40_000 {
        let len = rng.below(48) as usize;
        let mut code = Vec::with_capacity(64);
        if round % 2 == 0 {
            // Raw soup, biased towards the opcodes with the most complicated operands.
            const TRICKY: [u8; 8] = [0xaa, 0xab, 0xc4, 0xb9, 0xba, 0xbc, 0xc5, 0x00];
            while code.len() < len {
                let b = if rng.below(4) == 0 {
                    TRICKY[rng.below(8) as usize]
                } else {
                    rng.byte()
                };
                code.push(b);
            }
        } else {
            // Well-formed instructions with a few bytes then flipped or cut off.
            while code.len() < len {
                let op = Opcode::ALL[rng.below(Opcode::ALL.len() as u64) as usize];
                sample(op, &mut code, &mut || rng.next() as u8);
            }
            for _ in 0..rng.below(3) {
                if !code.is_empty() {
                    let at = rng.below(code.len() as u64) as usize;
                    code[at] = rng.byte();
                }
            }
            code.truncate(
                code.len() - rng.below(2) as usize * rng.below(code.len() as u64 + 1) as usize,
            );
        }
        match round_trip_prefix(&code) {
            Ok(_) => ok += 1,
            Err(_) => failed += 1,
        }
        for _ in 0..2 {
            let _ = decode_at(&code, rng.below(code.len() as u64 + 2) as u32);
        }
    }
    // Both outcomes must be common, or the soup is not exercising the decoder.
    assert!(ok > 5_000 && failed > 5_000, "ok {ok}, failed {failed}");
}

#[test]
fn display_reads_like_javap() {
    let mut code = vec![
        0x00, 0xc4, 0x15, 0x00, 0x03, 0x84, 0x05, 0xff, 0xbc, 0x0b, 0xa7, 0xff, 0xf6,
    ];
    code.extend([0xaa, 0, 0]);
    for word in [2i32, 0, 1, 3, 4] {
        code.extend(word.to_be_bytes());
    }
    code.extend([0xab, 0, 0, 0]);
    for word in [-1i32, 1, -7, 1] {
        code.extend(word.to_be_bytes());
    }
    let text: Vec<_> = decode(&code)
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        text,
        [
            "nop",
            "wide iload 3",
            "iinc 5, -1",
            "newarray long",
            "goto 0",
            "tableswitch { 0: 16; 1: 17; default: 15 }",
            "lookupswitch { -7: 37; default: 35 }",
        ]
    );
}

#[test]
fn local_slot_covers_the_short_forms_and_the_operand_forms() {
    // iload_2, lstore_3, aload_0, dload_1, astore_3, iload 7, wide istore 300, iinc 5 1, iadd
    let code = [0x1c, 0x42, 0x2a, 0x27, 0x4e, 0x15, 7, 0xc4, 0x36, 0x01, 0x2c, 0x84, 5, 1, 0x60];
    let slots: Vec<Option<u16>> = decode(&code).expect("decodes").iter().map(Instruction::local_slot).collect();
    assert_eq!(slots, [Some(2), Some(3), Some(0), Some(1), Some(3), Some(7), Some(300), Some(5), None]);
}
