/**
 * Richards: a simulation of a small operating-system kernel. Six tasks (an idle task, a worker, two
 * handlers and two devices) with fixed priorities exchange packets through per-task queues; the scheduler
 * always runs the highest-priority task that is neither held nor waiting for a packet.
 * Measures virtual dispatch, object field traffic, linked lists, short branchy methods.
 * Prints the total number of packets queued and of tasks held, summed over the rounds.
 */
public final class Richards {
    static final int IDLE = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3, DEVICE_A = 4, DEVICE_B = 5;
    static final int NTASKS = 6;
    static final boolean DEVICE_PACKET = false, WORK_PACKET = true;
    static final int PAYLOAD = 4;

    static final class Packet {
        Packet next;
        int owner;          // task the packet is addressed to, or came from once queued
        final boolean work; // a work packet (worker <-> handler) or a device packet (handler <-> device)
        int index;          // how much of the payload a handler has used, or the byte a device carries
        final int[] payload = new int[PAYLOAD];

        Packet(Packet next, int owner, boolean work) {
            this.next = next;
            this.owner = owner;
            this.work = work;
        }

        /** Appends this packet to the end of a queue and returns the queue's head. */
        Packet appendTo(Packet queue) {
            next = null;
            if (queue == null) {
                return this;
            }
            Packet last = queue;
            while (last.next != null) {
                last = last.next;
            }
            last.next = this;
            return queue;
        }
    }

    /** A task and its control block: scheduling state plus behaviour. */
    abstract static class Task {
        final Kernel kernel;
        final Task nextInList; // the task list, highest priority first
        final int id;
        final int priority;
        Packet inbox;
        boolean hasPacket; // the inbox is not empty
        boolean waiting;   // blocked until a packet arrives
        boolean held;      // taken out of scheduling until released

        Task(Kernel kernel, int id, int priority, Packet inbox) {
            this.kernel = kernel;
            this.nextInList = kernel.list;
            this.id = id;
            this.priority = priority;
            this.inbox = inbox;
            this.hasPacket = inbox != null;
            this.waiting = true;
            kernel.list = this;
            kernel.tasks[id] = this;
        }

        final boolean blocked() {
            return held || (waiting && !hasPacket);
        }

        /** Takes a packet if the task was waiting for one, runs it, and returns the task to run next. */
        final Task step() {
            Packet p = null;
            if (waiting && hasPacket) {
                p = inbox;
                inbox = p.next;
                hasPacket = inbox != null;
                waiting = false;
            }
            return run(p);
        }

        /** Delivers a packet sent by {@code sender}; returns who runs next. */
        final Task deliver(Task sender, Packet p) {
            if (inbox == null) {
                inbox = p;
                hasPacket = true;
                return priority > sender.priority ? this : sender;
            }
            inbox = p.appendTo(inbox);
            return sender;
        }

        abstract Task run(Packet p);
    }

    static final class Kernel {
        final Task[] tasks = new Task[NTASKS];
        Task list;
        Task current;
        int queued;
        int holds;

        Task hold() {
            holds++;
            current.held = true;
            return current.nextInList;
        }

        Task suspend() {
            current.waiting = true;
            return current;
        }

        Task release(int id) {
            Task t = tasks[id];
            t.held = false;
            return t.priority > current.priority ? t : current;
        }

        Task send(Packet p) {
            Task target = tasks[p.owner];
            queued++;
            p.next = null;
            p.owner = current.id;
            return target.deliver(current, p);
        }

        void schedule() {
            current = list;
            while (current != null) {
                current = current.blocked() ? current.nextInList : current.step();
            }
        }
    }

    static final class IdleTask extends Task {
        int seed = 1;
        int remaining;

        IdleTask(Kernel k, int count) {
            super(k, IDLE, 0, null);
            remaining = count;
            waiting = false;
        }

        Task run(Packet p) {
            if (--remaining == 0) {
                return kernel.hold();
            }
            if ((seed & 1) == 0) {
                seed >>= 1;
                return kernel.release(DEVICE_A);
            }
            seed = (seed >> 1) ^ 0xD008;
            return kernel.release(DEVICE_B);
        }
    }

    static final class WorkerTask extends Task {
        int destination = HANDLER_A;
        int counter;

        WorkerTask(Kernel k, Packet inbox) {
            super(k, WORKER, 1000, inbox);
        }

        Task run(Packet p) {
            if (p == null) {
                return kernel.suspend();
            }
            destination = destination == HANDLER_A ? HANDLER_B : HANDLER_A;
            p.owner = destination;
            p.index = 0;
            for (int i = 0; i < PAYLOAD; i++) {
                if (++counter > 26) {
                    counter = 1;
                }
                p.payload[i] = counter;
            }
            return kernel.send(p);
        }
    }

    static final class HandlerTask extends Task {
        Packet work;
        Packet devices;

        HandlerTask(Kernel k, int id, int priority, Packet inbox) {
            super(k, id, priority, inbox);
        }

        Task run(Packet p) {
            if (p != null) {
                if (p.work) {
                    work = p.appendTo(work);
                } else {
                    devices = p.appendTo(devices);
                }
            }
            if (work != null) {
                int i = work.index;
                if (i >= PAYLOAD) {
                    Packet done = work;
                    work = work.next;
                    return kernel.send(done);
                }
                if (devices != null) {
                    Packet d = devices;
                    devices = devices.next;
                    d.index = work.payload[i];
                    work.index = i + 1;
                    return kernel.send(d);
                }
            }
            return kernel.suspend();
        }
    }

    static final class DeviceTask extends Task {
        Packet pending;

        DeviceTask(Kernel k, int id, int priority) {
            super(k, id, priority, null);
        }

        Task run(Packet p) {
            if (p != null) {
                pending = p;
                return kernel.hold();
            }
            if (pending == null) {
                return kernel.suspend();
            }
            Packet out = pending;
            pending = null;
            return kernel.send(out);
        }
    }

    static Kernel boot(int count) {
        Kernel k = new Kernel();
        new IdleTask(k, count);
        Packet q = new Packet(null, WORKER, WORK_PACKET);
        q = new Packet(q, WORKER, WORK_PACKET);
        new WorkerTask(k, q);
        q = null;
        for (int i = 0; i < 3; i++) {
            q = new Packet(q, DEVICE_A, DEVICE_PACKET);
        }
        new HandlerTask(k, HANDLER_A, 2000, q);
        q = null;
        for (int i = 0; i < 3; i++) {
            q = new Packet(q, DEVICE_B, DEVICE_PACKET);
        }
        new HandlerTask(k, HANDLER_B, 3000, q);
        new DeviceTask(k, DEVICE_A, 4000);
        new DeviceTask(k, DEVICE_B, 5000);
        return k;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        long queued = 0, holds = 0;
        for (int r = 0; r < rounds; r++) {
            Kernel k = boot(10000);
            k.schedule();
            if (k.queued != 23246 || k.holds != 9297) {
                System.out.println(new StringBuilder().append("richards: wrong counts ").append(k.queued)
                        .append(" ").append(k.holds));
            }
            queued += k.queued;
            holds += k.holds;
        }
        System.out.println(new StringBuilder().append("richards ").append(rounds).append(" queued ")
                .append(queued).append(" holds ").append(holds));
    }
}
