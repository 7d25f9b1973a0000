internal import CYAML
import Dispatch

/// libyaml's events handed from the thread that parses to the thread that builds the tree,
/// in batches, so that on a large plan the two run at once on two cores: libyaml's scan is
/// about as long as building the tree from its events (docs/design.md, "Two cores").
///
/// A fixed ring of `slots` batches bounds what is in flight — events own their scalars'
/// text until deleted — so a huge input never queues more than `slots × batchSize` events.
/// Two semaphores order every hand-over: a slot is written only after the builder gave it
/// back (`free`), and read only after the parser filled it (`filled`).
final class EventPipeline: @unchecked Sendable {
    struct Batch {
        let events: UnsafeMutablePointer<yaml_event_t>
        var count = 0
        /// The parser stops after this batch: the stream ended, libyaml failed, or the
        /// builder asked it to stop.
        var last = false
        /// libyaml failed after the batch's events; its error is in the parser struct.
        var failed = false
    }

    static let slots = 4
    static let batchSize = 2048

    /// Raw memory, not an array: each thread writes only the slot it holds, and a Swift array
    /// written by one thread while another reads it is a race even on distinct elements.
    private let batches: UnsafeMutablePointer<Batch>
    private let filled = DispatchSemaphore(value: 0)
    private let free = DispatchSemaphore(value: slots)
    /// Written by the builder before it gives a slot back, read by the parser after taking
    /// one: the semaphore orders the two.
    private var stopRequested = false

    init() {
        batches = .allocate(capacity: Self.slots)
        for slot in 0..<Self.slots { (batches + slot).initialize(to: Batch(events: .allocate(capacity: Self.batchSize))) }
    }

    deinit {
        // The events of the last batches in each slot, which the parser did not take back.
        for slot in 0..<Self.slots {
            for index in 0..<batches[slot].count { yaml_event_delete(batches[slot].events + index) }
            batches[slot].events.deallocate()
        }
        batches.deinitialize(count: Self.slots)
        batches.deallocate()
    }

    /// The parsing side: fills slots with events until the stream ends or fails, or the
    /// builder stops reading. Runs on its own thread; `parser` is used by nobody else meanwhile.
    func produce(_ parser: UnsafeMutablePointer<yaml_parser_t>) {
        var slot = 0
        while true {
            free.wait()
            var batch = batches[slot]
            // The builder has read these; they are deleted here, by the thread that made them,
            // as the allocator frees fastest in the arena that allocated.
            for index in 0..<batch.count { yaml_event_delete(batch.events + index) }
            (batch.count, batch.last, batch.failed) = (0, stopRequested, false)
            while !batch.last && batch.count < Self.batchSize {
                guard yaml_parser_parse(parser, batch.events + batch.count) != 0 else {
                    (batch.last, batch.failed) = (true, true)
                    break
                }
                batch.count += 1
                if batch.events[batch.count - 1].type == YAML_STREAM_END_EVENT { batch.last = true }
            }
            batches[slot] = batch
            filled.signal()
            if batch.last { return }
            slot = (slot + 1) % Self.slots
        }
    }

    /// The building side: hands each event to `consume` (which returns `true` to stop) and
    /// gives the batch back, for the parser to delete; after a stop, only gives back what the
    /// parser still sends. Returns whether libyaml failed before the builder stopped.
    func consume(_ consume: (yaml_event_t) -> Bool) -> Bool {
        var slot = 0
        var stopped = false
        while true {
            filled.wait()
            let batch = batches[slot]
            for index in 0..<batch.count where !stopped { stopped = consume(batch.events[index]) }
            if stopped { stopRequested = true }
            free.signal()
            if batch.last { return batch.failed && !stopped }
            slot = (slot + 1) % Self.slots
        }
    }
}
