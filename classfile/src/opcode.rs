//! The one JVM opcode table (JVMS 17 chapter 6), from which the `Opcode` enum and its properties are generated.
//!
//! Every opcode is written once, as a row of the `opcode_table!` invocation below (LuaJIT's X-macro style):
//! value, variant, mnemonic, operand format, stack effect and a one-line doc. Everything else (the enum,
//! `from_u8`, the property lookups, `Opcode::ALL`) is expanded from those rows, so the decoder, the verifier,
//! the interpreter, the JIT and the disassembler cannot disagree about an opcode.
//!
//! Values 0x00..=0xc9 are all assigned. 0xca (`breakpoint`), 0xfe (`impdep1`) and 0xff (`impdep2`) are
//! reserved for debuggers and VM internals and must never appear in a class file (JVMS 6.2), so they are not
//! variants: `Opcode::from_u8` answers `None` for them as for every unassigned value.

/// How the bytes after an opcode are laid out; the decoder and encoder dispatch on this alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OperandFormat {
    /// No operand bytes.
    None,
    /// One unsigned byte naming a local variable (two under `wide`).
    LocalIndexU8,
    /// One signed byte, sign-extended to an int (`bipush`).
    ByteI8,
    /// Two bytes, a signed big-endian short sign-extended to an int (`sipush`).
    ShortI16,
    /// One unsigned byte indexing the constant pool (`ldc` only).
    CpIndexU8,
    /// Two bytes, an unsigned big-endian constant-pool index.
    CpIndexU16,
    /// Two bytes, a signed branch offset relative to the opcode's bci.
    Branch16,
    /// Four bytes, a signed branch offset relative to the opcode's bci.
    Branch32,
    /// A local index byte and a signed increment byte (two and two under `wide`).
    Iinc,
    /// A u16 constant-pool index, a u8 argument-slot count (non-zero) and a zero byte.
    InvokeInterface,
    /// A u16 constant-pool index and two zero bytes.
    InvokeDynamic,
    /// One byte naming the primitive element type (JVMS table 6.5.newarray-A).
    NewArrayType,
    /// A u16 constant-pool index and a u8 dimension count (non-zero).
    MultiANewArray,
    /// Padding to a 4-byte boundary, then default, low, high and `high - low + 1` offsets.
    TableSwitch,
    /// Padding to a 4-byte boundary, then default, npairs and `npairs` sorted (match, offset) pairs.
    LookupSwitch,
    /// A prefix: the next opcode with its local index (and `iinc` increment) widened to two bytes.
    Wide,
}

impl OperandFormat {
    /// Number of operand bytes when they do not depend on position or on a following opcode; `None` for the
    /// switches (padding and tables) and `wide` (depends on the modified opcode).
    pub const fn fixed_len(self) -> Option<u32> {
        match self {
            Self::None => Some(0),
            Self::LocalIndexU8 | Self::ByteI8 | Self::CpIndexU8 | Self::NewArrayType => Some(1),
            Self::ShortI16 | Self::CpIndexU16 | Self::Branch16 | Self::Iinc => Some(2),
            Self::MultiANewArray => Some(3),
            Self::Branch32 | Self::InvokeInterface | Self::InvokeDynamic => Some(4),
            Self::TableSwitch | Self::LookupSwitch | Self::Wide => None,
        }
    }
}

/// What an opcode does to the operand stack, counted in JVMS slots (long and double take two).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StackEffect {
    /// The same for every occurrence of the opcode.
    Fixed {
        /// Slots consumed.
        pop: u8,
        /// Slots produced.
        push: u8,
    },
    /// Only known once the named operand or constant is looked at.
    Dynamic(EffectSource),
}

/// What a [`StackEffect::Dynamic`] opcode's effect depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EffectSource {
    /// The referenced field's descriptor: one slot, or two for `J`/`D`; `getfield`/`putfield` also take the
    /// object reference.
    FieldDescriptor,
    /// The referenced method's descriptor: its argument slots (plus the receiver, except for `invokestatic`
    /// and `invokedynamic`) are popped and its return slots pushed.
    MethodDescriptor,
    /// The `dimensions` operand of `multianewarray`: that many ints popped, one reference pushed.
    Dimensions,
    /// `wide` itself moves nothing; the opcode it modifies does.
    ModifiedOpcode,
}

/// A primitive element type of `newarray`, with its JVMS `atype` code as discriminant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ArrayType {
    /// `boolean[]`, stored as bytes.
    Boolean = 4,
    /// `char[]`.
    Char = 5,
    /// `float[]`.
    Float = 6,
    /// `double[]`.
    Double = 7,
    /// `byte[]`.
    Byte = 8,
    /// `short[]`.
    Short = 9,
    /// `int[]`.
    Int = 10,
    /// `long[]`.
    Long = 11,
}

impl ArrayType {
    /// The type for an `atype` byte, or `None` for a code JVMS does not assign.
    pub const fn from_u8(atype: u8) -> Option<Self> {
        Some(match atype {
            4 => Self::Boolean,
            5 => Self::Char,
            6 => Self::Float,
            7 => Self::Double,
            8 => Self::Byte,
            9 => Self::Short,
            10 => Self::Int,
            11 => Self::Long,
            _ => return None,
        })
    }

    /// The Java keyword of the element type, as a disassembler prints `newarray`'s operand.
    pub const fn java_name(self) -> &'static str {
        match self {
            Self::Boolean => "boolean",
            Self::Char => "char",
            Self::Float => "float",
            Self::Double => "double",
            Self::Byte => "byte",
            Self::Short => "short",
            Self::Int => "int",
            Self::Long => "long",
        }
    }

    /// The field-descriptor character of the element type, as used in `[I` and friends.
    pub const fn descriptor(self) -> char {
        match self {
            Self::Boolean => 'Z',
            Self::Char => 'C',
            Self::Float => 'F',
            Self::Double => 'D',
            Self::Byte => 'B',
            Self::Short => 'S',
            Self::Int => 'I',
            Self::Long => 'J',
        }
    }
}

/// Expands one stack-effect cell of the table: `[pop push]` or `(EffectSource variant)`.
macro_rules! stack_effect {
    ([$pop:literal $push:literal]) => {
        StackEffect::Fixed {
            pop: $pop,
            push: $push,
        }
    };
    (($source:ident)) => {
        StackEffect::Dynamic(EffectSource::$source)
    };
}

/// Expands the table rows into the enum and its lookups; see the module doc.
macro_rules! opcode_table {
    ($($value:literal $variant:ident $mnemonic:literal $format:ident $effect:tt $doc:literal;)*) => {
        /// A JVM opcode; the discriminant is its byte in the code array.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode {
            $(#[doc = $doc] $variant = $value,)*
        }

        impl Opcode {
            /// Every opcode in byte order, for tables indexed by opcode and for exhaustive tests.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant,)*];

            /// The opcode for a byte, or `None` for unassigned and reserved values (0xca..=0xff).
            pub const fn from_u8(byte: u8) -> Option<Opcode> {
                match byte {
                    $($value => Some(Opcode::$variant),)*
                    _ => None,
                }
            }

            /// The JVMS mnemonic, as a disassembler prints it.
            pub const fn mnemonic(self) -> &'static str {
                match self {
                    $(Opcode::$variant => $mnemonic,)*
                }
            }

            /// The layout of the operand bytes that follow the opcode.
            pub const fn operand_format(self) -> OperandFormat {
                match self {
                    $(Opcode::$variant => OperandFormat::$format,)*
                }
            }

            /// The opcode's effect on the operand stack, in slots.
            pub const fn stack_effect(self) -> StackEffect {
                match self {
                    $(Opcode::$variant => stack_effect!($effect),)*
                }
            }

            /// The table's one-line description, for disassembler comments and error messages.
            pub const fn doc(self) -> &'static str {
                match self {
                    $(Opcode::$variant => $doc,)*
                }
            }
        }
    };
}

impl Opcode {
    /// The byte that encodes the opcode.
    pub const fn as_u8(self) -> u8 {
        self as u8
    }

    /// Whether `wide` may prefix this opcode: the local loads and stores, `ret` and `iinc` (JVMS 6.5.wide).
    pub const fn is_wideable(self) -> bool {
        matches!(
            self.operand_format(),
            OperandFormat::LocalIndexU8 | OperandFormat::Iinc
        )
    }
}

impl std::fmt::Display for Opcode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.mnemonic())
    }
}

opcode_table! {
    0x00 Nop "nop" None [0 0] "Does nothing; padding and patch space.";
    0x01 AconstNull "aconst_null" None [0 1] "Pushes the null reference.";
    0x02 IconstM1 "iconst_m1" None [0 1] "Pushes int -1.";
    0x03 Iconst0 "iconst_0" None [0 1] "Pushes int 0.";
    0x04 Iconst1 "iconst_1" None [0 1] "Pushes int 1.";
    0x05 Iconst2 "iconst_2" None [0 1] "Pushes int 2.";
    0x06 Iconst3 "iconst_3" None [0 1] "Pushes int 3.";
    0x07 Iconst4 "iconst_4" None [0 1] "Pushes int 4.";
    0x08 Iconst5 "iconst_5" None [0 1] "Pushes int 5.";
    0x09 Lconst0 "lconst_0" None [0 2] "Pushes long 0.";
    0x0a Lconst1 "lconst_1" None [0 2] "Pushes long 1.";
    0x0b Fconst0 "fconst_0" None [0 1] "Pushes float 0.0.";
    0x0c Fconst1 "fconst_1" None [0 1] "Pushes float 1.0.";
    0x0d Fconst2 "fconst_2" None [0 1] "Pushes float 2.0.";
    0x0e Dconst0 "dconst_0" None [0 2] "Pushes double 0.0.";
    0x0f Dconst1 "dconst_1" None [0 2] "Pushes double 1.0.";
    0x10 Bipush "bipush" ByteI8 [0 1] "Pushes a sign-extended byte operand as an int.";
    0x11 Sipush "sipush" ShortI16 [0 1] "Pushes a sign-extended short operand as an int.";
    0x12 Ldc "ldc" CpIndexU8 [0 1] "Pushes a one-slot constant (int, float, String, Class, MethodType, MethodHandle, dynamic) from a u8 index.";
    0x13 LdcW "ldc_w" CpIndexU16 [0 1] "Pushes a one-slot constant from a u16 index.";
    0x14 Ldc2W "ldc2_w" CpIndexU16 [0 2] "Pushes a two-slot constant (long, double, dynamic) from a u16 index.";
    0x15 Iload "iload" LocalIndexU8 [0 1] "Pushes an int local.";
    0x16 Lload "lload" LocalIndexU8 [0 2] "Pushes a long local (two local slots).";
    0x17 Fload "fload" LocalIndexU8 [0 1] "Pushes a float local.";
    0x18 Dload "dload" LocalIndexU8 [0 2] "Pushes a double local (two local slots).";
    0x19 Aload "aload" LocalIndexU8 [0 1] "Pushes a reference local.";
    0x1a Iload0 "iload_0" None [0 1] "Pushes int local 0.";
    0x1b Iload1 "iload_1" None [0 1] "Pushes int local 1.";
    0x1c Iload2 "iload_2" None [0 1] "Pushes int local 2.";
    0x1d Iload3 "iload_3" None [0 1] "Pushes int local 3.";
    0x1e Lload0 "lload_0" None [0 2] "Pushes long locals 0-1.";
    0x1f Lload1 "lload_1" None [0 2] "Pushes long locals 1-2.";
    0x20 Lload2 "lload_2" None [0 2] "Pushes long locals 2-3.";
    0x21 Lload3 "lload_3" None [0 2] "Pushes long locals 3-4.";
    0x22 Fload0 "fload_0" None [0 1] "Pushes float local 0.";
    0x23 Fload1 "fload_1" None [0 1] "Pushes float local 1.";
    0x24 Fload2 "fload_2" None [0 1] "Pushes float local 2.";
    0x25 Fload3 "fload_3" None [0 1] "Pushes float local 3.";
    0x26 Dload0 "dload_0" None [0 2] "Pushes double locals 0-1.";
    0x27 Dload1 "dload_1" None [0 2] "Pushes double locals 1-2.";
    0x28 Dload2 "dload_2" None [0 2] "Pushes double locals 2-3.";
    0x29 Dload3 "dload_3" None [0 2] "Pushes double locals 3-4.";
    0x2a Aload0 "aload_0" None [0 1] "Pushes reference local 0 (`this` in instance methods).";
    0x2b Aload1 "aload_1" None [0 1] "Pushes reference local 1.";
    0x2c Aload2 "aload_2" None [0 1] "Pushes reference local 2.";
    0x2d Aload3 "aload_3" None [0 1] "Pushes reference local 3.";
    0x2e Iaload "iaload" None [2 1] "Loads from an int[]: arrayref, index -> value.";
    0x2f Laload "laload" None [2 2] "Loads from a long[]: arrayref, index -> value.";
    0x30 Faload "faload" None [2 1] "Loads from a float[]: arrayref, index -> value.";
    0x31 Daload "daload" None [2 2] "Loads from a double[]: arrayref, index -> value.";
    0x32 Aaload "aaload" None [2 1] "Loads from a reference array: arrayref, index -> value.";
    0x33 Baload "baload" None [2 1] "Loads from a byte[] or boolean[], sign-extending to int.";
    0x34 Caload "caload" None [2 1] "Loads from a char[], zero-extending to int.";
    0x35 Saload "saload" None [2 1] "Loads from a short[], sign-extending to int.";
    0x36 Istore "istore" LocalIndexU8 [1 0] "Stores an int into a local.";
    0x37 Lstore "lstore" LocalIndexU8 [2 0] "Stores a long into two locals.";
    0x38 Fstore "fstore" LocalIndexU8 [1 0] "Stores a float into a local.";
    0x39 Dstore "dstore" LocalIndexU8 [2 0] "Stores a double into two locals.";
    0x3a Astore "astore" LocalIndexU8 [1 0] "Stores a reference or returnAddress into a local.";
    0x3b Istore0 "istore_0" None [1 0] "Stores an int into local 0.";
    0x3c Istore1 "istore_1" None [1 0] "Stores an int into local 1.";
    0x3d Istore2 "istore_2" None [1 0] "Stores an int into local 2.";
    0x3e Istore3 "istore_3" None [1 0] "Stores an int into local 3.";
    0x3f Lstore0 "lstore_0" None [2 0] "Stores a long into locals 0-1.";
    0x40 Lstore1 "lstore_1" None [2 0] "Stores a long into locals 1-2.";
    0x41 Lstore2 "lstore_2" None [2 0] "Stores a long into locals 2-3.";
    0x42 Lstore3 "lstore_3" None [2 0] "Stores a long into locals 3-4.";
    0x43 Fstore0 "fstore_0" None [1 0] "Stores a float into local 0.";
    0x44 Fstore1 "fstore_1" None [1 0] "Stores a float into local 1.";
    0x45 Fstore2 "fstore_2" None [1 0] "Stores a float into local 2.";
    0x46 Fstore3 "fstore_3" None [1 0] "Stores a float into local 3.";
    0x47 Dstore0 "dstore_0" None [2 0] "Stores a double into locals 0-1.";
    0x48 Dstore1 "dstore_1" None [2 0] "Stores a double into locals 1-2.";
    0x49 Dstore2 "dstore_2" None [2 0] "Stores a double into locals 2-3.";
    0x4a Dstore3 "dstore_3" None [2 0] "Stores a double into locals 3-4.";
    0x4b Astore0 "astore_0" None [1 0] "Stores a reference or returnAddress into local 0.";
    0x4c Astore1 "astore_1" None [1 0] "Stores a reference or returnAddress into local 1.";
    0x4d Astore2 "astore_2" None [1 0] "Stores a reference or returnAddress into local 2.";
    0x4e Astore3 "astore_3" None [1 0] "Stores a reference or returnAddress into local 3.";
    0x4f Iastore "iastore" None [3 0] "Stores into an int[]: arrayref, index, value.";
    0x50 Lastore "lastore" None [4 0] "Stores into a long[]: arrayref, index, value (two slots).";
    0x51 Fastore "fastore" None [3 0] "Stores into a float[]: arrayref, index, value.";
    0x52 Dastore "dastore" None [4 0] "Stores into a double[]: arrayref, index, value (two slots).";
    0x53 Aastore "aastore" None [3 0] "Stores into a reference array, checking the element type at run time.";
    0x54 Bastore "bastore" None [3 0] "Stores into a byte[] (truncating) or boolean[] (masking to bit 0).";
    0x55 Castore "castore" None [3 0] "Stores into a char[], truncating the int.";
    0x56 Sastore "sastore" None [3 0] "Stores into a short[], truncating the int.";
    0x57 Pop "pop" None [1 0] "Discards one category-1 slot.";
    0x58 Pop2 "pop2" None [2 0] "Discards two slots: two category-1 values or one category-2.";
    0x59 Dup "dup" None [1 2] "Duplicates the top category-1 slot.";
    0x5a DupX1 "dup_x1" None [2 3] "Duplicates the top slot beneath the second.";
    0x5b DupX2 "dup_x2" None [3 4] "Duplicates the top slot beneath the next two slots.";
    0x5c Dup2 "dup2" None [2 4] "Duplicates the top two slots.";
    0x5d Dup2X1 "dup2_x1" None [3 5] "Duplicates the top two slots beneath the third.";
    0x5e Dup2X2 "dup2_x2" None [4 6] "Duplicates the top two slots beneath the next two.";
    0x5f Swap "swap" None [2 2] "Swaps the top two category-1 slots.";
    0x60 Iadd "iadd" None [2 1] "Int addition, wrapping.";
    0x61 Ladd "ladd" None [4 2] "Long addition, wrapping.";
    0x62 Fadd "fadd" None [2 1] "Float addition (IEEE 754 round to nearest).";
    0x63 Dadd "dadd" None [4 2] "Double addition (IEEE 754 round to nearest).";
    0x64 Isub "isub" None [2 1] "Int subtraction, wrapping.";
    0x65 Lsub "lsub" None [4 2] "Long subtraction, wrapping.";
    0x66 Fsub "fsub" None [2 1] "Float subtraction.";
    0x67 Dsub "dsub" None [4 2] "Double subtraction.";
    0x68 Imul "imul" None [2 1] "Int multiplication, wrapping.";
    0x69 Lmul "lmul" None [4 2] "Long multiplication, wrapping.";
    0x6a Fmul "fmul" None [2 1] "Float multiplication.";
    0x6b Dmul "dmul" None [4 2] "Double multiplication.";
    0x6c Idiv "idiv" None [2 1] "Int division toward zero; throws ArithmeticException on zero divisor.";
    0x6d Ldiv "ldiv" None [4 2] "Long division toward zero; throws ArithmeticException on zero divisor.";
    0x6e Fdiv "fdiv" None [2 1] "Float division.";
    0x6f Ddiv "ddiv" None [4 2] "Double division.";
    0x70 Irem "irem" None [2 1] "Int remainder (sign of dividend); throws ArithmeticException on zero divisor.";
    0x71 Lrem "lrem" None [4 2] "Long remainder (sign of dividend); throws ArithmeticException on zero divisor.";
    0x72 Frem "frem" None [2 1] "Float remainder with truncating division (C fmod, not IEEE remainder).";
    0x73 Drem "drem" None [4 2] "Double remainder with truncating division (C fmod, not IEEE remainder).";
    0x74 Ineg "ineg" None [1 1] "Int negation, wrapping at MIN_VALUE.";
    0x75 Lneg "lneg" None [2 2] "Long negation, wrapping at MIN_VALUE.";
    0x76 Fneg "fneg" None [1 1] "Float negation (flips the sign bit, NaN stays NaN).";
    0x77 Dneg "dneg" None [2 2] "Double negation (flips the sign bit, NaN stays NaN).";
    0x78 Ishl "ishl" None [2 1] "Int shift left by the low 5 bits of the int shift count.";
    0x79 Lshl "lshl" None [3 2] "Long shift left by the low 6 bits of an int shift count.";
    0x7a Ishr "ishr" None [2 1] "Int arithmetic shift right by the low 5 bits.";
    0x7b Lshr "lshr" None [3 2] "Long arithmetic shift right by the low 6 bits of an int count.";
    0x7c Iushr "iushr" None [2 1] "Int logical shift right by the low 5 bits.";
    0x7d Lushr "lushr" None [3 2] "Long logical shift right by the low 6 bits of an int count.";
    0x7e Iand "iand" None [2 1] "Int bitwise and.";
    0x7f Land "land" None [4 2] "Long bitwise and.";
    0x80 Ior "ior" None [2 1] "Int bitwise or.";
    0x81 Lor "lor" None [4 2] "Long bitwise or.";
    0x82 Ixor "ixor" None [2 1] "Int bitwise exclusive or.";
    0x83 Lxor "lxor" None [4 2] "Long bitwise exclusive or.";
    0x84 Iinc "iinc" Iinc [0 0] "Adds a signed constant to an int local without touching the stack.";
    0x85 I2l "i2l" None [1 2] "Sign-extends an int to a long.";
    0x86 I2f "i2f" None [1 1] "Converts an int to the nearest float.";
    0x87 I2d "i2d" None [1 2] "Converts an int to a double (exact).";
    0x88 L2i "l2i" None [2 1] "Keeps the low 32 bits of a long.";
    0x89 L2f "l2f" None [2 1] "Converts a long to the nearest float.";
    0x8a L2d "l2d" None [2 2] "Converts a long to the nearest double.";
    0x8b F2i "f2i" None [1 1] "Float to int, truncating; NaN gives 0, out of range saturates.";
    0x8c F2l "f2l" None [1 2] "Float to long, truncating; NaN gives 0, out of range saturates.";
    0x8d F2d "f2d" None [1 2] "Widens a float to a double (exact).";
    0x8e D2i "d2i" None [2 1] "Double to int, truncating; NaN gives 0, out of range saturates.";
    0x8f D2l "d2l" None [2 2] "Double to long, truncating; NaN gives 0, out of range saturates.";
    0x90 D2f "d2f" None [2 1] "Narrows a double to the nearest float.";
    0x91 I2b "i2b" None [1 1] "Truncates an int to a byte and sign-extends it back.";
    0x92 I2c "i2c" None [1 1] "Truncates an int to a char and zero-extends it back.";
    0x93 I2s "i2s" None [1 1] "Truncates an int to a short and sign-extends it back.";
    0x94 Lcmp "lcmp" None [4 1] "Compares two longs, pushing -1, 0 or 1.";
    0x95 Fcmpl "fcmpl" None [2 1] "Compares two floats, pushing -1 if either is NaN.";
    0x96 Fcmpg "fcmpg" None [2 1] "Compares two floats, pushing 1 if either is NaN.";
    0x97 Dcmpl "dcmpl" None [4 1] "Compares two doubles, pushing -1 if either is NaN.";
    0x98 Dcmpg "dcmpg" None [4 1] "Compares two doubles, pushing 1 if either is NaN.";
    0x99 Ifeq "ifeq" Branch16 [1 0] "Branches if the int is zero.";
    0x9a Ifne "ifne" Branch16 [1 0] "Branches if the int is non-zero.";
    0x9b Iflt "iflt" Branch16 [1 0] "Branches if the int is negative.";
    0x9c Ifge "ifge" Branch16 [1 0] "Branches if the int is zero or positive.";
    0x9d Ifgt "ifgt" Branch16 [1 0] "Branches if the int is positive.";
    0x9e Ifle "ifle" Branch16 [1 0] "Branches if the int is zero or negative.";
    0x9f IfIcmpeq "if_icmpeq" Branch16 [2 0] "Branches if two ints are equal.";
    0xa0 IfIcmpne "if_icmpne" Branch16 [2 0] "Branches if two ints differ.";
    0xa1 IfIcmplt "if_icmplt" Branch16 [2 0] "Branches if the first int is less than the second.";
    0xa2 IfIcmpge "if_icmpge" Branch16 [2 0] "Branches if the first int is greater than or equal to the second.";
    0xa3 IfIcmpgt "if_icmpgt" Branch16 [2 0] "Branches if the first int is greater than the second.";
    0xa4 IfIcmple "if_icmple" Branch16 [2 0] "Branches if the first int is less than or equal to the second.";
    0xa5 IfAcmpeq "if_acmpeq" Branch16 [2 0] "Branches if two references are identical.";
    0xa6 IfAcmpne "if_acmpne" Branch16 [2 0] "Branches if two references differ.";
    0xa7 Goto "goto" Branch16 [0 0] "Branches unconditionally (16-bit offset).";
    0xa8 Jsr "jsr" Branch16 [0 1] "Pushes a returnAddress and branches; legal only before class version 51.";
    0xa9 Ret "ret" LocalIndexU8 [0 0] "Continues at the returnAddress in a local; legal only before class version 51.";
    0xaa Tableswitch "tableswitch" TableSwitch [1 0] "Jumps through a dense table indexed by the int minus low.";
    0xab Lookupswitch "lookupswitch" LookupSwitch [1 0] "Jumps through sorted (match, offset) pairs searched for the int.";
    0xac Ireturn "ireturn" None [1 0] "Returns an int (or boolean, byte, char, short) to the caller.";
    0xad Lreturn "lreturn" None [2 0] "Returns a long to the caller.";
    0xae Freturn "freturn" None [1 0] "Returns a float to the caller.";
    0xaf Dreturn "dreturn" None [2 0] "Returns a double to the caller.";
    0xb0 Areturn "areturn" None [1 0] "Returns a reference to the caller.";
    0xb1 Return "return" None [0 0] "Returns from a void method.";
    0xb2 Getstatic "getstatic" CpIndexU16 (FieldDescriptor) "Pushes a static field, initializing its class first.";
    0xb3 Putstatic "putstatic" CpIndexU16 (FieldDescriptor) "Stores into a static field, initializing its class first.";
    0xb4 Getfield "getfield" CpIndexU16 (FieldDescriptor) "Replaces an object reference with one of its fields.";
    0xb5 Putfield "putfield" CpIndexU16 (FieldDescriptor) "Stores a value into a field of an object.";
    0xb6 Invokevirtual "invokevirtual" CpIndexU16 (MethodDescriptor) "Calls an instance method chosen by the receiver's class.";
    0xb7 Invokespecial "invokespecial" CpIndexU16 (MethodDescriptor) "Calls a constructor, private or superclass method without virtual dispatch.";
    0xb8 Invokestatic "invokestatic" CpIndexU16 (MethodDescriptor) "Calls a static method, initializing its class first.";
    0xb9 Invokeinterface "invokeinterface" InvokeInterface (MethodDescriptor) "Calls an interface method chosen by the receiver's class.";
    0xba Invokedynamic "invokedynamic" InvokeDynamic (MethodDescriptor) "Calls the target of a call site linked once by its bootstrap method.";
    0xbb New "new" CpIndexU16 [0 1] "Allocates an uninitialized instance of a class.";
    0xbc Newarray "newarray" NewArrayType [1 1] "Allocates a primitive array of the int length.";
    0xbd Anewarray "anewarray" CpIndexU16 [1 1] "Allocates a reference array of the int length.";
    0xbe Arraylength "arraylength" None [1 1] "Replaces an array reference with its length.";
    0xbf Athrow "athrow" None [1 0] "Throws the Throwable; the frame's stack is discarded, so nothing falls through.";
    0xc0 Checkcast "checkcast" CpIndexU16 [1 1] "Throws ClassCastException unless the reference is null or of the type.";
    0xc1 Instanceof "instanceof" CpIndexU16 [1 1] "Replaces a reference with 1 if it is non-null and of the type, else 0.";
    0xc2 Monitorenter "monitorenter" None [1 0] "Acquires the object's monitor.";
    0xc3 Monitorexit "monitorexit" None [1 0] "Releases the object's monitor.";
    0xc4 Wide "wide" Wide (ModifiedOpcode) "Prefix widening the next load, store, ret or iinc to 16-bit operands.";
    0xc5 Multianewarray "multianewarray" MultiANewArray (Dimensions) "Allocates a multi-dimensional array from that many int lengths.";
    0xc6 Ifnull "ifnull" Branch16 [1 0] "Branches if the reference is null.";
    0xc7 Ifnonnull "ifnonnull" Branch16 [1 0] "Branches if the reference is not null.";
    0xc8 GotoW "goto_w" Branch32 [0 0] "Branches unconditionally (32-bit offset).";
    0xc9 JsrW "jsr_w" Branch32 [0 1] "Pushes a returnAddress and branches (32-bit offset); legal only before class version 51.";
}
