/**
 * An incremental constraint solver in the style of DeltaBlue: one-way dataflow constraints with strengths
 * (required down to weakest) over variables. Adding or removing a constraint re-plans incrementally using
 * walkabout strengths; a plan (a topological order of the satisfied constraints downstream of the edits) is
 * extracted and executed repeatedly as edit values change.
 * Two tests: a chain of equalities edited at one end and a projection (dst = src * scale + offset) edited
 * through its source, its destination and its scale and offset.
 * Measures polymorphic calls, small-object allocation, growable arrays, pointer chasing.
 */
public final class DeltaBlue {
    // Strengths: a smaller number is stronger.
    static final int REQUIRED = 0, STRONG_PREFERRED = 1, PREFERRED = 2, STRONG_DEFAULT = 3, NORMAL = 4,
            WEAK_DEFAULT = 5, WEAKEST = 6;

    static boolean stronger(int a, int b) {
        return a < b;
    }

    static int weaker(int a, int b) {
        return a > b ? a : b;
    }

    /** A growable array of objects (the class library's collections are not used). */
    static final class Bag<T> {
        Object[] items = new Object[4];
        int size;

        void add(T t) {
            if (size == items.length) {
                Object[] bigger = new Object[size * 2];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size++] = t;
        }

        @SuppressWarnings("unchecked")
        T get(int i) {
            return (T) items[i];
        }

        @SuppressWarnings("unchecked")
        T pop() {
            T t = (T) items[--size];
            items[size] = null;
            return t;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void remove(T t) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (items[i] != t) {
                    items[kept++] = items[i];
                }
            }
            for (int i = kept; i < size; i++) {
                items[i] = null;
            }
            size = kept;
        }
    }

    static final class Variable {
        int value;
        final Bag<Constraint> users = new Bag<>();
        Constraint determinedBy;
        int mark;
        int walkStrength = WEAKEST;
        boolean constant = true; // computed only from stays, so need not be recomputed by plans

        Variable(int value) {
            this.value = value;
        }
    }

    abstract static class Constraint {
        final Solver solver;
        final int strength;

        Constraint(Solver solver, int strength) {
            this.solver = solver;
            this.strength = strength;
        }

        /** Adds this constraint to its variables and satisfies it incrementally if it can be. */
        final void install() {
            attach();
            solver.add(this);
        }

        final void uninstall() {
            if (isSatisfied()) {
                solver.remove(this);
            }
            detach();
        }

        /**
         * Picks the method (the output) with which to satisfy this constraint, unless that would override a
         * constraint at least as strong or a variable already decided in this pass. Then, if satisfied, marks
         * its inputs, takes over its output, and propagates. Returns the constraint it overrode, if any.
         */
        final Constraint satisfy(int mark) {
            chooseOutput(mark);
            if (!isSatisfied()) {
                if (strength == REQUIRED) {
                    throw new IllegalStateException("cannot satisfy a required constraint");
                }
                return null;
            }
            markInputs(mark);
            Variable out = output();
            Constraint overridden = out.determinedBy;
            if (overridden != null) {
                overridden.unsatisfy();
            }
            out.determinedBy = this;
            if (!solver.propagateFrom(this, mark)) {
                throw new IllegalStateException("cycle");
            }
            out.mark = mark;
            return overridden;
        }

        boolean isInput() {
            return false;
        }

        abstract void attach();

        abstract void detach();

        abstract void chooseOutput(int mark);

        abstract boolean isSatisfied();

        abstract void unsatisfy();

        abstract void markInputs(int mark);

        abstract boolean inputsKnown(int mark);

        abstract Variable output();

        /** Recomputes the output's walkabout strength and constancy, and its value when constant. */
        abstract void recalculate();

        abstract void execute();
    }

    abstract static class UnaryConstraint extends Constraint {
        final Variable out;
        boolean satisfied;

        UnaryConstraint(Solver s, Variable v, int strength) {
            super(s, strength);
            out = v;
            install();
        }

        void attach() {
            out.users.add(this);
            satisfied = false;
        }

        void detach() {
            out.users.remove(this);
            satisfied = false;
        }

        void chooseOutput(int mark) {
            satisfied = out.mark != mark && stronger(strength, out.walkStrength);
        }

        boolean isSatisfied() {
            return satisfied;
        }

        void unsatisfy() {
            satisfied = false;
        }

        void markInputs(int mark) {
        }

        boolean inputsKnown(int mark) {
            return true;
        }

        Variable output() {
            return out;
        }

        void recalculate() {
            out.walkStrength = strength;
            out.constant = !isInput();
            if (out.constant) {
                execute();
            }
        }
    }

    /** Keeps a variable at its value unless something stronger changes it. */
    static final class Stay extends UnaryConstraint {
        Stay(Solver s, Variable v, int strength) {
            super(s, v, strength);
        }

        void execute() {
        }
    }

    /** Marks a variable as set from outside: the source of a plan. */
    static final class Edit extends UnaryConstraint {
        Edit(Solver s, Variable v, int strength) {
            super(s, v, strength);
        }

        boolean isInput() {
            return true;
        }

        void execute() {
        }
    }

    static final int NONE = 0, FORWARD = 1, BACKWARD = 2;

    abstract static class BinaryConstraint extends Constraint {
        final Variable a, b;
        int direction = NONE;

        BinaryConstraint(Solver s, Variable a, Variable b, int strength) {
            super(s, strength);
            this.a = a;
            this.b = b;
        }

        void attach() {
            a.users.add(this);
            b.users.add(this);
            direction = NONE;
        }

        void detach() {
            a.users.remove(this);
            b.users.remove(this);
            direction = NONE;
        }

        void chooseOutput(int mark) {
            if (a.mark == mark) {
                direction = b.mark != mark && stronger(strength, b.walkStrength) ? FORWARD : NONE;
            } else if (b.mark == mark) {
                direction = stronger(strength, a.walkStrength) ? BACKWARD : NONE;
            } else if (stronger(b.walkStrength, a.walkStrength)) {
                // Write the side that is cheaper to override.
                direction = stronger(strength, a.walkStrength) ? BACKWARD : NONE;
            } else {
                direction = stronger(strength, b.walkStrength) ? FORWARD : BACKWARD;
            }
        }

        boolean isSatisfied() {
            return direction != NONE;
        }

        void unsatisfy() {
            direction = NONE;
        }

        Variable input() {
            return direction == FORWARD ? a : b;
        }

        Variable output() {
            return direction == FORWARD ? b : a;
        }

        void markInputs(int mark) {
            input().mark = mark;
        }

        boolean inputsKnown(int mark) {
            Variable in = input();
            return in.mark == mark || in.constant || in.determinedBy == null;
        }

        void recalculate() {
            Variable in = input(), out = output();
            out.walkStrength = weaker(strength, in.walkStrength);
            out.constant = in.constant;
            if (out.constant) {
                execute();
            }
        }
    }

    static final class Equal extends BinaryConstraint {
        Equal(Solver s, Variable a, Variable b, int strength) {
            super(s, a, b, strength);
            install();
        }

        void execute() {
            output().value = input().value;
        }
    }

    /** b = a * scale + offset, in either direction. */
    static final class Scale extends BinaryConstraint {
        final Variable scale, offset;

        Scale(Solver s, Variable a, Variable scale, Variable offset, Variable b, int strength) {
            super(s, a, b, strength);
            this.scale = scale;
            this.offset = offset;
            install();
        }

        void attach() {
            super.attach();
            scale.users.add(this);
            offset.users.add(this);
        }

        void detach() {
            super.detach();
            scale.users.remove(this);
            offset.users.remove(this);
        }

        void markInputs(int mark) {
            super.markInputs(mark);
            scale.mark = mark;
            offset.mark = mark;
        }

        void recalculate() {
            Variable in = input(), out = output();
            out.walkStrength = weaker(strength, in.walkStrength);
            out.constant = in.constant && scale.constant && offset.constant;
            if (out.constant) {
                execute();
            }
        }

        void execute() {
            if (direction == FORWARD) {
                b.value = a.value * scale.value + offset.value;
            } else {
                a.value = (b.value - offset.value) / scale.value;
            }
        }
    }

    static final class Plan {
        final Bag<Constraint> steps = new Bag<>();

        void execute() {
            for (int i = 0; i < steps.size; i++) {
                steps.get(i).execute();
            }
        }
    }

    static final class Solver {
        int currentMark;

        int newMark() {
            return ++currentMark;
        }

        void add(Constraint c) {
            int mark = newMark();
            Constraint overridden = c.satisfy(mark);
            while (overridden != null) {
                overridden = overridden.satisfy(mark);
            }
        }

        void remove(Constraint c) {
            Variable out = c.output();
            c.unsatisfy();
            c.detach();
            Bag<Constraint> unsatisfied = unsetFrom(out);
            for (int s = REQUIRED; s <= WEAKEST; s++) {
                for (int i = 0; i < unsatisfied.size; i++) {
                    Constraint u = unsatisfied.get(i);
                    if (u.strength == s) {
                        add(u);
                    }
                }
            }
        }

        /**
         * Recomputes walkabout strengths downstream of a newly satisfied constraint. Returns false, having
         * undone the addition, if that reaches the constraint's own output again (a cycle).
         */
        boolean propagateFrom(Constraint c, int mark) {
            Bag<Constraint> todo = new Bag<>();
            todo.add(c);
            while (!todo.isEmpty()) {
                Constraint d = todo.pop();
                if (d.output().mark == mark) {
                    remove(c);
                    return false;
                }
                d.recalculate();
                addConsumers(d.output(), todo);
            }
            return true;
        }

        /** Forgets how {@code out} and everything downstream of it were determined; returns what was left unsatisfied. */
        Bag<Constraint> unsetFrom(Variable out) {
            out.determinedBy = null;
            out.walkStrength = WEAKEST;
            out.constant = true;
            Bag<Constraint> unsatisfied = new Bag<>();
            Bag<Variable> todo = new Bag<>();
            todo.add(out);
            while (!todo.isEmpty()) {
                Variable v = todo.pop();
                for (int i = 0; i < v.users.size; i++) {
                    Constraint c = v.users.get(i);
                    if (!c.isSatisfied()) {
                        unsatisfied.add(c);
                    }
                }
                Constraint determining = v.determinedBy;
                for (int i = 0; i < v.users.size; i++) {
                    Constraint next = v.users.get(i);
                    if (next != determining && next.isSatisfied()) {
                        next.recalculate();
                        todo.add(next.output());
                    }
                }
            }
            return unsatisfied;
        }

        void addConsumers(Variable v, Bag<Constraint> into) {
            Constraint determining = v.determinedBy;
            for (int i = 0; i < v.users.size; i++) {
                Constraint c = v.users.get(i);
                if (c != determining && c.isSatisfied()) {
                    into.add(c);
                }
            }
        }

        /** The satisfied constraints downstream of the given edits, each after the ones it reads. */
        Plan plan(Bag<Constraint> edits) {
            int mark = newMark();
            Plan plan = new Plan();
            Bag<Constraint> todo = new Bag<>();
            for (int i = 0; i < edits.size; i++) {
                Constraint c = edits.get(i);
                if (c.isInput() && c.isSatisfied()) {
                    todo.add(c);
                }
            }
            while (!todo.isEmpty()) {
                Constraint c = todo.pop();
                if (c.output().mark != mark && c.inputsKnown(mark)) {
                    plan.steps.add(c);
                    c.output().mark = mark;
                    addConsumers(c.output(), todo);
                }
            }
            return plan;
        }
    }

    static long checksum;

    static void fail(String what) {
        throw new IllegalStateException("deltablue: " + what);
    }

    /** Sets {@code v} through a temporary edit constraint, executing the resulting plan {@code times} times. */
    static void edit(Solver s, Variable v, int newValue, int times) {
        Edit e = new Edit(s, v, PREFERRED);
        Bag<Constraint> edits = new Bag<>();
        edits.add(e);
        Plan plan = s.plan(edits);
        for (int i = 0; i < times; i++) {
            v.value = newValue;
            plan.execute();
        }
        e.uninstall();
    }

    static void chain(int n) {
        Solver s = new Solver();
        Variable first = null, last = null, prev = null;
        for (int i = 0; i <= n; i++) {
            Variable v = new Variable(0);
            if (prev != null) {
                new Equal(s, prev, v, REQUIRED);
            }
            if (i == 0) {
                first = v;
            }
            if (i == n) {
                last = v;
            }
            prev = v;
        }
        new Stay(s, last, STRONG_DEFAULT);
        Edit e = new Edit(s, first, PREFERRED);
        Bag<Constraint> edits = new Bag<>();
        edits.add(e);
        Plan plan = s.plan(edits);
        for (int i = 0; i < 100; i++) {
            first.value = i;
            plan.execute();
            if (last.value != i) {
                fail("chain " + last.value + " != " + i);
            }
            checksum += last.value + plan.steps.size;
        }
        e.uninstall();
    }

    static void projection(int n) {
        Solver s = new Solver();
        Variable scale = new Variable(10), offset = new Variable(1000);
        Variable src = null, dst = null;
        Bag<Variable> dests = new Bag<>();
        for (int i = 0; i < n; i++) {
            src = new Variable(i);
            dst = new Variable(i);
            dests.add(dst);
            new Stay(s, src, NORMAL);
            new Scale(s, src, scale, offset, dst, REQUIRED);
        }
        edit(s, src, 17, 1);
        if (dst.value != 1170) {
            fail("projection 1");
        }
        edit(s, dst, 1050, 1);
        if (src.value != 5) {
            fail("projection 2");
        }
        edit(s, scale, 5, 10);
        for (int i = 0; i < n - 1; i++) {
            if (dests.get(i).value != i * 5 + 1000) {
                fail("projection 3");
            }
        }
        edit(s, offset, 2000, 10);
        for (int i = 0; i < n - 1; i++) {
            if (dests.get(i).value != i * 5 + 2000) {
                fail("projection 4");
            }
            checksum += dests.get(i).value;
        }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        for (int r = 0; r < rounds; r++) {
            chain(1000);
            projection(1000);
        }
        System.out.println(new StringBuilder().append("deltablue ").append(rounds).append(" checksum ")
                .append(checksum));
    }
}
