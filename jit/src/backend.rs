//! The Cranelift setup and the code cache: one `JITModule` whose code lives in one contiguous arena, the
//! functions defined in it, and what the collector will need of each (its address range and stack maps).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{AbiParam, Function, InstBuilder, MemFlagsData, Signature, UserFuncName};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_codegen::isa::{OwnedTargetIsa, TargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_jit::{ArenaMemoryProvider, JITBuilder, JITModule};
use cranelift_module::{FuncId, Linkage, Module};
use rt::MethodRef;
use rt::compiler::{CompileBailout, CompiledMethod, InlineCache};
use thiserror::Error;

/// Why the JIT could not be set up.
#[derive(Debug, Error)]
pub enum BackendError {
    /// The host is not a target Cranelift supports, or a setting was rejected.
    #[error("cannot set up Cranelift for this host: {0}")]
    Isa(String),
    /// The code arena could not be reserved.
    #[error("cannot reserve the code cache: {0}")]
    Memory(String),
}

/// A safepoint of compiled code: where the collector finds the references a frame holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Safepoint {
    /// Offset of the return address from the function's start.
    pub return_offset: u32,
    /// Frame pointer minus stack pointer while the call is active.
    pub frame_span: u32,
    /// Byte offsets from the stack pointer of the slots holding references.
    pub ref_offsets: Box<[u32]>,
}

/// What the code cache knows of one compiled method.
#[derive(Debug, Clone)]
pub struct CodeInfo {
    /// The method.
    pub method: MethodRef,
    /// Start of its code.
    pub start: usize,
    /// Bytes of code.
    pub size: usize,
    /// Its safepoints, by return offset.
    pub safepoints: Box<[Safepoint]>,
}

/// The code generator and the code cache.
pub struct Backend {
    isa: OwnedTargetIsa,
    module: JITModule,
    ctx: Context,
    next_id: u64,
    /// Compiled methods by start address (to map a return address to its method and stack map).
    code: BTreeMap<usize, CodeInfo>,
    /// The inline caches compiled code uses (kept as long as the code: never freed before the cache).
    #[expect(clippy::vec_box, reason = "each cache must keep its address: compiled code embeds it")]
    caches: Vec<Box<InlineCache>>,
    /// The safepoint poll's slow paths as compiled code calls them, by the runtime each serves (see
    /// [`Backend::poll_stub`]).
    poll_stubs: HashMap<usize, FuncId>,
}

impl Backend {
    /// A backend for the host with a code arena of `arena_bytes`.
    pub fn new(arena_bytes: usize) -> Result<Self, BackendError> {
        let mut flags = settings::builder();
        let debug = cfg!(debug_assertions);
        for (name, value) in [
            ("opt_level", "speed"),
            ("preserve_frame_pointers", "true"),
            ("enable_verifier", if debug { "true" } else { "false" }),
            ("is_pic", "false"),
        ] {
            flags.set(name, value).map_err(|e| BackendError::Isa(e.to_string()))?;
        }
        let isa = cranelift_native::builder()
            .map_err(|e| BackendError::Isa(e.to_string()))?
            .finish(settings::Flags::new(flags))
            .map_err(|e| BackendError::Isa(e.to_string()))?;
        let mut builder = JITBuilder::with_isa(isa.clone(), cranelift_module::default_libcall_names());
        let arena = ArenaMemoryProvider::new_with_size(arena_bytes).map_err(|e| BackendError::Memory(e.to_string()))?;
        builder.memory_provider(Box::new(arena));
        let module = JITModule::new(builder);
        let ctx = module.make_context();
        Ok(Self { isa, module, ctx, next_id: 0, code: BTreeMap::new(), caches: Vec::new(), poll_stubs: HashMap::new() })
    }

    /// The safepoint poll's slow path for compiled code running on `rt` (made on first use), as the index
    /// of a function of this module, which compiled code calls directly (see
    /// `translate::checks::Translator::poll_with`): `(thread)` in Cranelift's `preserve_all` convention; it
    /// calls `rt::runtime_calls::safepoint` with `rt` and stores the status in the thread's `poll_status`.
    ///
    /// Why so: a call that clobbers no register lets the values of a loop stay in registers across the poll
    /// at its back-edge (with the system convention, every float and most integers live across the cold
    /// call were kept on the stack for the whole loop); and a direct call with the thread its only argument
    /// needs no register for the stub's address, the runtime or a status slot, which Cranelift would
    /// otherwise compute before the loop and keep in registers (or spill) through it.
    pub fn poll_stub(&mut self, rt: &rt::Runtime) -> Result<u32, CompileBailout> {
        let key = rt as *const rt::Runtime as usize;
        if let Some(id) = self.poll_stubs.get(&key) {
            return Ok(id.as_u32());
        }
        let id = compile_poll_stub(&mut self.module, &mut self.ctx, key).map_err(CompileBailout::Codegen)?;
        self.poll_stubs.insert(key, id);
        Ok(id.as_u32())
    }

    /// The target.
    pub fn isa(&self) -> &Arc<dyn TargetIsa> {
        &self.isa
    }

    /// Compiles `func` (the translation of `method`) into the cache and returns its entry, with the listing
    /// of its machine code (Cranelift's VCode, registers allocated) when `disassemble` asks for one.
    pub fn install(&mut self, method: MethodRef, func: Function, disassemble: bool) -> Result<(CompiledMethod, Option<String>), CompileBailout> {
        let name = format!("j{}", self.next_id);
        self.next_id += 1;
        let id = self
            .module
            .declare_function(&name, Linkage::Local, &func.signature)
            .map_err(|e| CompileBailout::Codegen(e.to_string()))?;
        self.ctx.clear();
        self.ctx.func = func;
        self.ctx.set_disasm(disassemble);
        let defined = self.module.define_function(id, &mut self.ctx);
        if let Err(e) = defined {
            let detail = match &e {
                cranelift_module::ModuleError::Compilation(inner) => format!("{inner:?}"),
                other => other.to_string(),
            };
            self.ctx.clear();
            return Err(CompileBailout::Codegen(detail));
        }
        let listing = self.ctx.compiled_code().and_then(|c| c.vcode.clone());
        let (size, safepoints) = match self.ctx.compiled_code() {
            Some(compiled) => {
                let safepoints = compiled
                    .buffer
                    .user_stack_maps()
                    .iter()
                    .map(|(offset, span, map)| Safepoint {
                        return_offset: *offset,
                        frame_span: *span,
                        ref_offsets: map.entries().map(|(_, off)| off).collect(),
                    })
                    .collect();
                (compiled.code_buffer().len(), safepoints)
            }
            None => (0, Box::default()),
        };
        self.ctx.clear();
        // The collector finds a frame's stack pointer as its frame pointer minus the span, before it knows
        // which call the frame is in: every safepoint of a function must share one span (Cranelift keeps the
        // stack pointer fixed after the prologue, so they do; a function that breaks this stays interpreted).
        if safepoints.windows(2).any(|w: &[Safepoint]| w[0].frame_span != w[1].frame_span) {
            return Err(CompileBailout::Codegen("safepoints with different frame spans".into()));
        }
        self.module.finalize_definitions().map_err(|e| CompileBailout::Codegen(e.to_string()))?;
        let entry = self.module.get_finalized_function(id);
        self.code.insert(entry as usize, CodeInfo { method, start: entry as usize, size, safepoints });
        Ok((CompiledMethod { entry, code_size: size }, listing))
    }

    /// The call-site caches of the code installed so far: (sites, megamorphic sites, calls that took the
    /// runtime's path).
    pub fn cache_summary(&self) -> (usize, usize, u64) {
        let megamorphic = self.caches.iter().filter(|c| c.is_megamorphic()).count();
        let misses = self.caches.iter().map(|c| u64::from(c.misses())).sum();
        (self.caches.len(), megamorphic, misses)
    }

    /// Keeps the inline caches of code just installed.
    pub fn keep_caches(&mut self, caches: Vec<Box<InlineCache>>) {
        self.caches.extend(caches);
    }

    /// What the cache knows of the method whose code starts at `start`.
    pub fn info_at(&self, start: usize) -> Option<&CodeInfo> {
        self.code.get(&start)
    }

    /// The compiled method whose code contains `pc`, for a frame walk.
    pub fn code_at(&self, pc: usize) -> Option<&CodeInfo> {
        self.code.range(..=pc).next_back().map(|(_, info)| info).filter(|info| pc < info.start + info.size)
    }

    /// Safepoints recorded over all compiled methods (the poll stub has none: it is no compiled method).
    pub fn safepoint_count(&self) -> usize {
        self.code.values().map(|c| c.safepoints.len()).sum()
    }
}

/// The signature of [`Backend::poll_stub`].
pub fn poll_stub_signature() -> Signature {
    let mut sig = Signature::new(CallConv::PreserveAll);
    sig.params.push(AbiParam::new(I64));
    sig
}


/// Compiles the poll stub of the runtime at `rt` (see [`Backend::poll_stub`]). Its own frame is never
/// walked: the collector finds the compiled caller's frame through the caller's frame record, and the
/// caller's stack map at its call of the stub.
fn compile_poll_stub(module: &mut JITModule, ctx: &mut Context, rt: usize) -> Result<FuncId, String> {
    let sig = poll_stub_signature();
    let id = module.declare_function(&format!("poll_stub_{rt:x}"), Linkage::Local, &sig).map_err(|e| e.to_string())?;
    ctx.clear();
    ctx.func = Function::with_name_signature(UserFuncName::default(), sig);
    let mut fctx = FunctionBuilderContext::new();
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let mut target = Signature::new(module.isa().default_call_conv());
        target.params.extend([AbiParam::new(I64), AbiParam::new(I64)]);
        target.returns.push(AbiParam::new(I32));
        let target = b.import_signature(target);
        let callee = b.ins().iconst(I64, crate::calls::safepoint().addr as i64);
        let rt = b.ins().iconst(I64, rt as i64);
        let thread = params[0];
        let call = b.ins().call_indirect(target, callee, &[rt, thread]);
        let status = b.inst_results(call)[0];
        b.ins().store(MemFlagsData::trusted(), status, thread, std::mem::offset_of!(rt::thread::JavaThread, poll_status) as i32);
        b.ins().return_(&[]);
        b.seal_all_blocks();
        b.finalize(module.isa().frontend_config());
    }
    module.define_function(id, ctx).map_err(|e| format!("{e:?}"))?;
    ctx.clear();
    module.finalize_definitions().map_err(|e| e.to_string())?;
    Ok(id)
}
