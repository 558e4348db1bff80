//! A small class-file assembler for tests: classes from a compact text description, and edits of `javac` output.
//!
//! Ill-typed code is the point: nothing here checks that the code makes sense, only that it can be encoded.
//! Instructions are written one per line (or separated by `;`) as `mnemonic operands`, turned into
//! `classfile::bytecode::Instruction`s and encoded with the crate's own encoder; labels (`name:`) stand for
//! bcis, so branch offsets, exception tables and stack-map frames follow edits. Frames are given at labels as
//! lists of verification types and written as `full_frame`s (or given raw, exactly as to be encoded).
//!
//! Operand syntax, by the opcode's operand format:
//! - locals, `bipush`, `sipush`: a number (`wide` is chosen when a local index needs it);
//! - branches: a label; `iinc`: `index delta`;
//! - field and method instructions: `Owner.name:descriptor` (`invokeinterface` and `invokestatic` on an
//!   interface take an `InterfaceMethodref`: prefix the reference with `interface `);
//! - `new`, `checkcast`, `instanceof`, `anewarray`: a class name; `multianewarray`: `descriptor dims`;
//! - `ldc`/`ldc_w`: an int, `1.5f`, `"text"` or `class Name`; `ldc2_w`: `7L` or `2.5d`; `newarray`: `int`,...;
//! - `tableswitch low default_label label...`; `lookupswitch default_label key:label...`;
//! - any constant-pool operand may be written `#n` to use index `n` as it is.
//!
//! Verification types in frames are written `I F J D T N UT` (top, null, uninitializedThis), `U:label`
//! (uninitialized from the `new` at `label`) or a class name / array descriptor.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

use classfile::attribute::{
    Attribute, AttributeBody, Code, ExceptionHandler, StackMapFrame, VerificationType,
};
use classfile::bytecode::{self, Instruction, LookupSwitch, Operands, TableSwitch};
use classfile::opcode::{ArrayType, Opcode, OperandFormat};
use classfile::{AccessFlags, ClassFile, Constant, ConstantPool, CpIndex, MemberInfo};

/// Everything that stops a class from being assembled or edited.
#[derive(Debug)]
pub enum AsmError {
    /// A line that does not name an opcode.
    UnknownMnemonic(String),
    /// Operands that do not fit the opcode's syntax.
    BadOperands {
        /// The instruction's line.
        line: String,
        /// What was wrong.
        reason: String,
    },
    /// A label used but never defined.
    UnknownLabel(String),
    /// A verification type that does not parse.
    BadType(String),
    /// The encoder refused an instruction.
    Encode(bytecode::EncodeError),
    /// The class-file writer refused the model (a pool or table too large).
    Write(classfile::WriteError),
    /// A class file that does not parse.
    Parse(classfile::ClassFormatError),
    /// An edit names a method or instruction that is not there, or changes an instruction's length.
    Edit(String),
    /// Running `javac` failed.
    Javac(String),
}

impl fmt::Display for AsmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownMnemonic(m) => write!(f, "unknown mnemonic `{m}`"),
            Self::BadOperands { line, reason } => write!(f, "`{line}`: {reason}"),
            Self::UnknownLabel(l) => write!(f, "unknown label `{l}`"),
            Self::BadType(t) => write!(f, "bad verification type `{t}`"),
            Self::Encode(e) => write!(f, "encoding: {e}"),
            Self::Write(e) => write!(f, "writing: {e}"),
            Self::Parse(e) => write!(f, "parsing: {e}"),
            Self::Edit(e) => write!(f, "edit: {e}"),
            Self::Javac(e) => write!(f, "javac: {e}"),
        }
    }
}

impl std::error::Error for AsmError {}

/// Results of this module.
pub type Result<T, E = AsmError> = std::result::Result<T, E>;

/// A class being assembled: its constant pool (entries shared by value) and members.
#[derive(Debug)]
pub struct ClassAsm {
    cf: ClassFile,
    interned: HashMap<String, CpIndex>,
}

/// An operand of an instruction, before labels are bound to bcis.
#[derive(Debug, Clone)]
enum Pending {
    Ready(Operands),
    Branch(String),
    Table {
        low: i32,
        default: String,
        targets: Vec<String>,
    },
    Lookup {
        default: String,
        pairs: Vec<(i32, String)>,
    },
}

/// A method being assembled: header, limits, code text, handlers and frames.
#[derive(Debug, Clone)]
pub struct MethodAsm {
    access: u16,
    name: String,
    descriptor: String,
    max_stack: u16,
    max_locals: u16,
    code: String,
    handlers: Vec<(String, String, String, Option<String>)>,
    frames: Vec<(String, String, String)>,
    raw_frames: Option<Vec<StackMapFrame>>,
}

impl MethodAsm {
    /// A method with the given flags, name and descriptor, limits 0/0 and no code yet.
    pub fn new(access: u16, name: &str, descriptor: &str) -> Self {
        Self {
            access,
            name: name.into(),
            descriptor: descriptor.into(),
            max_stack: 0,
            max_locals: 0,
            code: String::new(),
            handlers: Vec::new(),
            frames: Vec::new(),
            raw_frames: None,
        }
    }

    /// A `public static` method.
    pub fn public_static(name: &str, descriptor: &str) -> Self {
        Self::new(AccessFlags::PUBLIC | AccessFlags::STATIC, name, descriptor)
    }

    /// Sets `max_stack` and `max_locals`.
    pub fn limits(mut self, max_stack: u16, max_locals: u16) -> Self {
        self.max_stack = max_stack;
        self.max_locals = max_locals;
        self
    }

    /// Appends code text (see the module doc).
    pub fn code(mut self, text: &str) -> Self {
        self.code.push('\n');
        self.code.push_str(text);
        self
    }

    /// Adds an exception-table row covering `[start, end)` with its handler at `handler`; `catch` `None` catches all.
    pub fn handler(mut self, start: &str, end: &str, handler: &str, catch: Option<&str>) -> Self {
        self.handlers.push((
            start.into(),
            end.into(),
            handler.into(),
            catch.map(Into::into),
        ));
        self
    }

    /// Adds a frame at `label` with space-separated locals and stack types (see the module doc).
    pub fn frame(mut self, label: &str, locals: &str, stack: &str) -> Self {
        self.frames
            .push((label.into(), locals.into(), stack.into()));
        self
    }

    /// Uses these frames exactly as given instead of the ones built from [`frame`](Self::frame).
    pub fn raw_frames(mut self, frames: Vec<StackMapFrame>) -> Self {
        self.raw_frames = Some(frames);
        self
    }
}

impl ClassAsm {
    /// A `public super` class of version 61 named `name` (internal form) extending `super_name`.
    pub fn new(name: &str, super_name: &str) -> Self {
        let mut asm = Self {
            cf: ClassFile {
                minor_version: 0,
                major_version: 61,
                constant_pool: ConstantPool::default(),
                access_flags: AccessFlags(AccessFlags::PUBLIC | AccessFlags::SUPER),
                this_class: CpIndex(0),
                super_class: CpIndex(0),
                interfaces: Vec::new(),
                fields: Vec::new(),
                methods: Vec::new(),
                attributes: Vec::new(),
            },
            interned: HashMap::new(),
        };
        asm.cf.this_class = asm.class(name);
        asm.cf.super_class = asm.class(super_name);
        asm
    }

    /// Sets the class file's major version.
    pub fn version(mut self, major: u16) -> Self {
        self.cf.major_version = major;
        self
    }

    /// Sets the class's access flags.
    pub fn access(mut self, flags: u16) -> Self {
        self.cf.access_flags = AccessFlags(flags);
        self
    }

    /// Adds a superinterface.
    pub fn implements(mut self, interface: &str) -> Self {
        let i = self.class(interface);
        self.cf.interfaces.push(i);
        self
    }

    fn intern(&mut self, key: String, constant: Constant) -> CpIndex {
        if let Some(&i) = self.interned.get(&key) {
            return i;
        }
        let i = self
            .cf
            .constant_pool
            .push(constant)
            .expect("constant pool overflow in a test class");
        self.interned.insert(key, i);
        i
    }

    /// The `Utf8` constant for `text`.
    pub fn utf8(&mut self, text: &str) -> CpIndex {
        self.intern(
            format!("u:{text}"),
            Constant::Utf8(classfile::constant_pool::Utf8::new(text)),
        )
    }

    /// The `Class` constant for `name`.
    pub fn class(&mut self, name: &str) -> CpIndex {
        let n = self.utf8(name);
        self.intern(format!("c:{name}"), Constant::Class { name: n })
    }

    fn member(&mut self, tag: u8, reference: &str) -> Result<CpIndex> {
        let bad = || AsmError::BadOperands {
            line: reference.into(),
            reason: "expected Owner.name:descriptor".into(),
        };
        let (owner_name, descriptor) = reference.split_once(':').ok_or_else(bad)?;
        let (owner, name) = owner_name.rsplit_once('.').ok_or_else(bad)?;
        let class = self.class(owner);
        let (n, d) = (self.utf8(name), self.utf8(descriptor));
        let nat = self.intern(
            format!("nt:{name}:{descriptor}"),
            Constant::NameAndType {
                name: n,
                descriptor: d,
            },
        );
        let body = classfile::constant_pool::MemberRef {
            class,
            name_and_type: nat,
        };
        let constant = match tag {
            9 => Constant::Fieldref(body),
            10 => Constant::Methodref(body),
            _ => Constant::InterfaceMethodref(body),
        };
        Ok(self.intern(format!("m{tag}:{reference}"), constant))
    }

    /// Adds a field.
    pub fn field(mut self, access: u16, name: &str, descriptor: &str) -> Self {
        let (name, descriptor) = (self.utf8(name), self.utf8(descriptor));
        self.cf.fields.push(MemberInfo {
            access_flags: AccessFlags(access),
            name,
            descriptor,
            attributes: Vec::new(),
        });
        self
    }

    /// Adds `public <init>()V` calling the superclass's no-argument constructor.
    pub fn default_init(self) -> Result<Self> {
        let super_name = self
            .cf
            .constant_pool
            .class_name(self.cf.super_class)
            .map_err(AsmError::Parse)?
            .to_owned();
        self.method(
            MethodAsm::new(AccessFlags::PUBLIC, "<init>", "()V")
                .limits(1, 1)
                .code(&format!(
                    "aload_0; invokespecial {super_name}.<init>:()V; return"
                )),
        )
    }

    /// Assembles and adds a method.
    pub fn method(mut self, m: MethodAsm) -> Result<Self> {
        let mut instructions = Vec::new();
        let mut labels_at = Vec::new();
        let mut pending_labels = Vec::new();
        for line in m
            .code
            .split(['\n', ';'])
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with("//"))
        {
            // A segment may start with labels: `L:` alone or `L: return`.
            let mut line = line;
            while let Some((label, rest)) = line
                .split_once(':')
                .filter(|(l, _)| !l.contains(char::is_whitespace))
            {
                if Opcode::ALL.iter().any(|o| o.mnemonic() == label) {
                    break;
                }
                pending_labels.push(label.to_owned());
                line = rest.trim();
            }
            if line.is_empty() {
                continue;
            }
            labels_at.push(std::mem::take(&mut pending_labels));
            instructions.push(self.parse_instruction(line)?);
        }
        // Pass 1: bcis (no instruction's length depends on its branch offsets, only on its position).
        let mut labels = HashMap::new();
        let mut bytes = Vec::new();
        for ((opcode, pending), names) in instructions.iter().zip(&labels_at) {
            for n in names {
                labels.insert(n.clone(), bytes.len() as u32);
            }
            let zero = bind(pending, &|_| Ok(0))?;
            Instruction {
                bci: bytes.len() as u32,
                opcode: *opcode,
                operands: zero,
                len: 0,
            }
            .encode(&mut bytes)
            .map_err(AsmError::Encode)?;
        }
        for n in pending_labels {
            labels.insert(n, bytes.len() as u32);
        }
        let at = |label: &str| {
            labels
                .get(label)
                .copied()
                .ok_or_else(|| AsmError::UnknownLabel(label.into()))
        };
        // Pass 2: the real offsets.
        let mut code = Vec::new();
        for (opcode, pending) in &instructions {
            let bci = code.len() as u32;
            let operands = bind(pending, &|l| Ok(at(l)? as i64 - i64::from(bci)))?;
            Instruction {
                bci,
                opcode: *opcode,
                operands,
                len: 0,
            }
            .encode(&mut code)
            .map_err(AsmError::Encode)?;
        }
        let mut exception_table = Vec::new();
        for (start, end, handler, catch) in &m.handlers {
            let catch_type = match catch {
                Some(c) => self.class(c),
                None => CpIndex(0),
            };
            exception_table.push(ExceptionHandler {
                start_pc: at(start)? as u16,
                end_pc: at(end)? as u16,
                handler_pc: at(handler)? as u16,
                catch_type,
            });
        }
        let frames = match m.raw_frames.clone() {
            Some(raw) => Some(raw),
            None if m.frames.is_empty() => None,
            None => {
                let mut built = Vec::new();
                let mut previous: Option<u32> = None;
                let mut sorted = m.frames.clone();
                sorted.sort_by_key(|(l, _, _)| labels.get(l).copied().unwrap_or(u32::MAX));
                for (label, locals, stack) in &sorted {
                    let bci = at(label)?;
                    let offset_delta = match previous {
                        None => bci,
                        Some(p) => bci.wrapping_sub(p).wrapping_sub(1),
                    } as u16;
                    previous = Some(bci);
                    let locals = self.types(locals, &at)?;
                    let stack = self.types(stack, &at)?;
                    built.push(StackMapFrame::Full {
                        offset_delta,
                        locals,
                        stack,
                    });
                }
                Some(built)
            }
        };
        let mut attributes = Vec::new();
        if let Some(frames) = frames {
            let name = self.utf8("StackMapTable");
            attributes.push(Attribute {
                name,
                body: AttributeBody::StackMapTable(frames),
            });
        }
        let body = Code {
            max_stack: m.max_stack,
            max_locals: m.max_locals,
            code: code.into(),
            exception_table,
            attributes,
        };
        let code_name = self.utf8("Code");
        let (name, descriptor) = (self.utf8(&m.name), self.utf8(&m.descriptor));
        self.cf.methods.push(MemberInfo {
            access_flags: AccessFlags(m.access),
            name,
            descriptor,
            attributes: vec![Attribute {
                name: code_name,
                body: AttributeBody::Code(Box::new(body)),
            }],
        });
        Ok(self)
    }

    fn types(
        &mut self,
        text: &str,
        at: &dyn Fn(&str) -> Result<u32>,
    ) -> Result<Vec<VerificationType>> {
        text.split_whitespace()
            .map(|t| {
                Ok(match t {
                    "I" => VerificationType::Integer,
                    "F" => VerificationType::Float,
                    "J" => VerificationType::Long,
                    "D" => VerificationType::Double,
                    "T" => VerificationType::Top,
                    "N" => VerificationType::Null,
                    "UT" => VerificationType::UninitializedThis,
                    _ => match t.strip_prefix("U:") {
                        Some(label) => VerificationType::Uninitialized(at(label)? as u16),
                        None if t.contains(['(', ')', ';']) && !t.starts_with('[') => {
                            return Err(AsmError::BadType(t.into()));
                        }
                        None => VerificationType::Object(self.class(t)),
                    },
                })
            })
            .collect()
    }

    fn parse_instruction(&mut self, line: &str) -> Result<(Opcode, Pending)> {
        let (mnemonic, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let rest = rest.trim();
        let opcode = Opcode::ALL
            .iter()
            .copied()
            .find(|o| o.mnemonic() == mnemonic)
            .ok_or_else(|| AsmError::UnknownMnemonic(mnemonic.into()))?;
        let bad = |reason: &str| AsmError::BadOperands {
            line: line.into(),
            reason: reason.into(),
        };
        let int = |s: &str| {
            s.trim()
                .parse::<i32>()
                .map_err(|_| bad("expected a number"))
        };
        let words: Vec<&str> = rest.split_whitespace().collect();
        let raw_cp = rest
            .strip_prefix('#')
            .map(|n| n.parse::<u16>().map_err(|_| bad("bad #index")));
        let pending = match opcode.operand_format() {
            OperandFormat::None => Pending::Ready(Operands::None),
            OperandFormat::LocalIndexU8 => {
                let index = int(rest)? as u16;
                Pending::Ready(Operands::Local {
                    index,
                    wide: index > 255,
                })
            }
            OperandFormat::ByteI8 | OperandFormat::ShortI16 => {
                Pending::Ready(Operands::Int(int(rest)?))
            }
            OperandFormat::Branch16 | OperandFormat::Branch32 => Pending::Branch(rest.into()),
            OperandFormat::Iinc => {
                let [index, delta] = words[..] else {
                    return Err(bad("expected index delta"));
                };
                let index = int(index)? as u16;
                let delta = int(delta)? as i16;
                Pending::Ready(Operands::Iinc {
                    index,
                    delta,
                    wide: index > 255 || !(-128..128).contains(&delta),
                })
            }
            OperandFormat::NewArrayType => {
                let atype = (4..=11)
                    .filter_map(ArrayType::from_u8)
                    .find(|a| a.java_name() == rest)
                    .ok_or_else(|| bad("expected a primitive type"))?;
                Pending::Ready(Operands::NewArray(atype))
            }
            OperandFormat::MultiANewArray => {
                let [class, dims] = words[..] else {
                    return Err(bad("expected descriptor dims"));
                };
                let index = self.class(class).0;
                Pending::Ready(Operands::MultiANewArray {
                    index,
                    dims: int(dims)? as u8,
                })
            }
            OperandFormat::InvokeInterface => {
                let index = match raw_cp {
                    Some(i) => i?,
                    None => {
                        self.member(11, rest.trim_start_matches("interface ").trim())?
                            .0
                    }
                };
                let descriptor = rest.rsplit_once(':').map_or("()V", |(_, d)| d);
                Pending::Ready(Operands::InvokeInterface {
                    index,
                    count: 1 + argument_slots(descriptor),
                })
            }
            OperandFormat::TableSwitch => {
                let [low, default, targets @ ..] = &words[..] else {
                    return Err(bad("expected low default labels"));
                };
                Pending::Table {
                    low: int(low)?,
                    default: (*default).into(),
                    targets: targets.iter().map(|s| (*s).to_owned()).collect(),
                }
            }
            OperandFormat::LookupSwitch => {
                let [default, pairs @ ..] = &words[..] else {
                    return Err(bad("expected default key:label..."));
                };
                let pairs = pairs
                    .iter()
                    .map(|p| {
                        let (k, l) = p.split_once(':').ok_or_else(|| bad("expected key:label"))?;
                        Ok((int(k)?, l.to_owned()))
                    })
                    .collect::<Result<_>>()?;
                Pending::Lookup {
                    default: (*default).into(),
                    pairs,
                }
            }
            OperandFormat::Wide => {
                return Err(bad(
                    "write the modified instruction; wide is chosen automatically",
                ));
            }
            OperandFormat::CpIndexU8 | OperandFormat::CpIndexU16 | OperandFormat::InvokeDynamic => {
                let index = match raw_cp {
                    Some(i) => i?,
                    None => self.cp_operand(opcode, rest).map_err(|e| match e {
                        AsmError::BadOperands { reason, .. } => bad(&reason),
                        e => e,
                    })?,
                };
                Pending::Ready(Operands::ConstantPool(index))
            }
        };
        Ok((opcode, pending))
    }

    fn cp_operand(&mut self, opcode: Opcode, rest: &str) -> Result<u16> {
        use Opcode as O;
        let bad = |reason: &str| AsmError::BadOperands {
            line: rest.into(),
            reason: reason.into(),
        };
        Ok(match opcode {
            O::Getstatic | O::Putstatic | O::Getfield | O::Putfield => self.member(9, rest)?.0,
            O::Invokevirtual | O::Invokespecial | O::Invokestatic => {
                match rest.strip_prefix("interface ") {
                    Some(r) => self.member(11, r.trim())?.0,
                    None => self.member(10, rest)?.0,
                }
            }
            O::New | O::Checkcast | O::Instanceof | O::Anewarray => self.class(rest).0,
            O::Ldc | O::LdcW | O::Ldc2W => {
                let constant =
                    if let Some(s) = rest.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
                        let string = self.utf8(s);
                        Constant::String { string }
                    } else if let Some(c) = rest.strip_prefix("class ") {
                        return Ok(self.class(c.trim()).0);
                    } else if let Some(v) = rest.strip_suffix('L') {
                        Constant::Long(v.parse().map_err(|_| bad("bad long"))?)
                    } else if let Some(v) = rest.strip_suffix('d') {
                        Constant::Double(v.parse::<f64>().map_err(|_| bad("bad double"))?.to_bits())
                    } else if let Some(v) = rest.strip_suffix('f') {
                        Constant::Float(v.parse::<f32>().map_err(|_| bad("bad float"))?.to_bits())
                    } else {
                        Constant::Integer(rest.parse().map_err(|_| bad("bad constant"))?)
                    };
                self.intern(format!("k:{rest}"), constant).0
            }
            _ => return Err(bad("this opcode's constant needs #index")),
        })
    }

    /// The class file as assembled.
    pub fn finish(self) -> ClassFile {
        self.cf
    }

    /// The class file's bytes.
    pub fn into_bytes(self) -> Result<Vec<u8>> {
        self.cf.to_bytes().map_err(AsmError::Write)
    }
}

/// Binds labels in an operand to branch offsets computed by `offset`.
fn bind(pending: &Pending, offset: &dyn Fn(&str) -> Result<i64>) -> Result<Operands> {
    let o = |l: &str| offset(l).map(|v| v as i32);
    Ok(match pending {
        Pending::Ready(operands) => operands.clone(),
        Pending::Branch(l) => Operands::Branch(o(l)?),
        Pending::Table {
            low,
            default,
            targets,
        } => Operands::TableSwitch(TableSwitch {
            default: o(default)?,
            low: *low,
            high: low + targets.len() as i32 - 1,
            offsets: targets.iter().map(|t| o(t)).collect::<Result<_>>()?,
            padding: [0; 3],
        }),
        Pending::Lookup { default, pairs } => Operands::LookupSwitch(LookupSwitch {
            default: o(default)?,
            pairs: pairs
                .iter()
                .map(|(k, l)| Ok((*k, o(l)?)))
                .collect::<Result<_>>()?,
            padding: [0; 3],
        }),
    })
}

/// Argument slots of a method descriptor (longs and doubles take two), for `invokeinterface`'s count.
fn argument_slots(descriptor: &str) -> u8 {
    let params = descriptor
        .strip_prefix('(')
        .and_then(|d| d.split_once(')'))
        .map_or("", |(p, _)| p);
    let (mut slots, mut chars) = (0u8, params.chars());
    while let Some(c) = chars.next() {
        match c {
            'J' | 'D' => slots += 2,
            'L' => {
                chars.by_ref().find(|&c| c == ';');
                slots += 1;
            }
            '[' => {
                let mut c = chars.next();
                while c == Some('[') {
                    c = chars.next();
                }
                if c == Some('L') {
                    chars.by_ref().find(|&c| c == ';');
                }
                slots += 1;
            }
            _ => slots += 1,
        }
    }
    slots
}

// ---------------------------------------------------------------------------------------------------------------
// Editing javac's output
// ---------------------------------------------------------------------------------------------------------------

/// Compiles Java sources (`(file name, text)`) with the JDK's `javac` at `javac` into `out`, with `out` as
/// the class path (so sources may use classes assembled there).
pub fn javac(javac: &Path, out: &Path, sources: &[(&str, &str)]) -> Result<()> {
    let src = out.join("src");
    std::fs::create_dir_all(&src).map_err(|e| AsmError::Javac(e.to_string()))?;
    let mut files: Vec<PathBuf> = Vec::new();
    for (name, text) in sources {
        let path = src.join(name);
        std::fs::write(&path, text).map_err(|e| AsmError::Javac(e.to_string()))?;
        files.push(path);
    }
    let output = Command::new(javac)
        .arg("-d")
        .arg(out)
        .arg("-cp")
        .arg(out)
        .args(&files)
        .output()
        .map_err(|e| AsmError::Javac(e.to_string()))?;
    if !output.status.success() {
        return Err(AsmError::Javac(
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
    }
    Ok(())
}

/// Reads and parses a class file.
pub fn read_class(path: &Path) -> Result<ClassFile> {
    let bytes =
        std::fs::read(path).map_err(|e| AsmError::Edit(format!("{}: {e}", path.display())))?;
    ClassFile::parse(&bytes).map_err(AsmError::Parse)
}

/// The `Code` of the method `name` (the first with that name, or with `name` written `name:descriptor`).
pub fn code_mut<'a>(cf: &'a mut ClassFile, name: &str) -> Result<&'a mut Code> {
    let (want_name, want_desc) = name
        .split_once(':')
        .map_or((name, None), |(n, d)| (n, Some(d)));
    let cp = &cf.constant_pool;
    let index = cf
        .methods
        .iter()
        .position(|m| {
            m.name(cp).is_ok_and(|n| n == want_name)
                && want_desc.is_none_or(|d| m.descriptor(cp).is_ok_and(|md| md == d))
        })
        .ok_or_else(|| AsmError::Edit(format!("no method {name}")))?;
    cf.methods[index]
        .attributes
        .iter_mut()
        .find_map(|a| match &mut a.body {
            AttributeBody::Code(code) => Some(&mut **code),
            _ => None,
        })
        .ok_or_else(|| AsmError::Edit(format!("{name} has no code")))
}

/// Decodes the method's code, lets `edit` change the instructions, and encodes them back. An edit that
/// changes an instruction's encoded length is refused: offsets, handlers and frames would no longer line up.
pub fn edit_code(
    cf: &mut ClassFile,
    method: &str,
    edit: impl FnOnce(&mut Vec<Instruction>),
) -> Result<()> {
    let code = code_mut(cf, method)?;
    let mut instructions =
        bytecode::decode(&code.code).map_err(|e| AsmError::Edit(e.to_string()))?;
    edit(&mut instructions);
    let mut bytes = Vec::with_capacity(code.code.len());
    for i in &instructions {
        let start = bytes.len();
        i.encode(&mut bytes).map_err(AsmError::Encode)?;
        if bytes.len() - start != i.len as usize {
            return Err(AsmError::Edit(format!(
                "{} at {} changed length",
                i.opcode.mnemonic(),
                i.bci
            )));
        }
    }
    code.code = bytes.into();
    Ok(())
}

/// Replaces the `index`th instruction of `method` (counting from 0) with `opcode`/`operands` of the same length.
pub fn edit_instruction(
    cf: &mut ClassFile,
    method: &str,
    index: usize,
    opcode: Opcode,
    operands: Operands,
) -> Result<()> {
    let mut missing = false;
    edit_code(cf, method, |instructions| {
        match instructions.get_mut(index) {
            Some(i) => {
                i.opcode = opcode;
                i.operands = operands;
            }
            None => missing = true,
        }
    })?;
    if missing {
        return Err(AsmError::Edit(format!(
            "{method} has no instruction {index}"
        )));
    }
    Ok(())
}

/// Lets `edit` change the method's stack-map frames (adding a `StackMapTable` if there is none).
pub fn edit_frames(
    cf: &mut ClassFile,
    method: &str,
    edit: impl FnOnce(&mut Vec<StackMapFrame>),
) -> Result<()> {
    let name = {
        let u = classfile::constant_pool::Utf8::new("StackMapTable");
        let found = cf
            .constant_pool
            .iter()
            .find(|(_, c)| matches!(c, Constant::Utf8(x) if *x == u))
            .map(|(i, _)| i);
        match found {
            Some(i) => i,
            None => cf
                .constant_pool
                .push(Constant::Utf8(u))
                .map_err(AsmError::Write)?,
        }
    };
    let code = code_mut(cf, method)?;
    let existing = code.attributes.iter_mut().find_map(|a| match &mut a.body {
        AttributeBody::StackMapTable(frames) => Some(frames),
        _ => None,
    });
    match existing {
        Some(frames) => edit(frames),
        None => {
            let mut frames = Vec::new();
            edit(&mut frames);
            code.attributes.push(Attribute {
                name,
                body: AttributeBody::StackMapTable(frames),
            });
        }
    }
    Ok(())
}

/// Writes `cf` as `dir/<its name>.class`, creating package directories.
pub fn write_class(dir: &Path, cf: &ClassFile) -> Result<PathBuf> {
    let name = cf.name().map_err(AsmError::Parse)?;
    let path = dir.join(format!("{name}.class"));
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| AsmError::Edit(e.to_string()))?;
    }
    std::fs::write(&path, cf.to_bytes().map_err(AsmError::Write)?)
        .map_err(|e| AsmError::Edit(e.to_string()))?;
    Ok(path)
}
