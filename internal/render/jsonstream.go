package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"sync"
)

// jsonObject writes one indented JSON object field by field, as it is
// produced: a list field's items are encoded one at a time, so that a
// command's output is never held whole in memory, nor indented into a
// second copy. The bytes are those writeJSON prints for the same object.
//
//	o := newJSONObject(w)
//	jsonList(o, "claims", claims, newClaimJSON)
//	o.field("summary", counts)
//	return o.close()
type jsonObject struct {
	w      *bufio.Writer
	buf    bytes.Buffer
	enc    *json.Encoder
	prefix string // the indent of the encoder
	fields int    // fields written so far
	err    error
}

func newJSONObject(w io.Writer) *jsonObject {
	o := &jsonObject{w: bufio.NewWriterSize(w, 64<<10)}
	o.enc = json.NewEncoder(&o.buf)
	o.enc.SetEscapeHTML(false)
	o.w.WriteString("{")
	return o
}

// encode writes v as it stands at an indent of prefix, its first line
// already placed.
func (o *jsonObject) encode(v any, prefix string) {
	if o.err != nil {
		return
	}
	if prefix != o.prefix {
		o.enc.SetIndent(prefix, "  ")
		o.prefix = prefix
	}
	o.buf.Reset()
	if err := o.enc.Encode(v); err != nil {
		o.err = err
		return
	}
	b := o.buf.Bytes()
	o.w.Write(b[:len(b)-1]) // the encoder's newline
}

// key starts a field: the comma after the last one, the line, the name.
func (o *jsonObject) key(name string) {
	if o.fields > 0 {
		o.w.WriteString(",")
	}
	o.fields++
	o.w.WriteString("\n  ")
	o.encode(name, "  ")
	o.w.WriteString(": ")
}

// field writes a field whose value is encoded whole.
func (o *jsonObject) field(name string, v any) {
	o.key(name)
	o.encode(v, "  ")
}

// jsonList writes a list field, encoding each item as it comes: item(x)
// for each x of xs. An empty list is [], never null. A long list is
// encoded on all the processors, a batch of items each, and written in its
// order; item must then be safe to call from several goroutines.
func jsonList[T, J any](o *jsonObject, name string, xs []T, item func(T) J) {
	o.key(name)
	if len(xs) == 0 {
		o.w.WriteString("[]")
		return
	}
	o.w.WriteString("[")
	if workers := runtime.GOMAXPROCS(0); workers > 1 && len(xs) > 2*jsonBatch {
		jsonItemsParallel(o, xs, item, workers)
	} else {
		for i, x := range xs {
			if i > 0 {
				o.w.WriteString(",")
			}
			o.w.WriteString("\n    ")
			o.encode(item(x), "    ")
			if o.err != nil {
				return
			}
		}
	}
	o.w.WriteString("\n  ]")
}

// jsonBatch is how many items of a long list one goroutine encodes at a time.
const jsonBatch = 8

// jsonItemsParallel encodes the items of a list in batches on workers
// goroutines, each into its own buffer, and writes the buffers in order;
// at most 2×workers batches are held at once (the first findings, the most
// serious conflicts, are often the largest: a batch is kept small).
func jsonItemsParallel[T, J any](o *jsonObject, xs []T, item func(T) J, workers int) {
	type batch struct {
		buf bytes.Buffer
		err error
	}
	n := (len(xs) + jsonBatch - 1) / jsonBatch
	results := make([]chan *batch, n)
	for i := range results {
		results[i] = make(chan *batch, 1)
	}
	slots := make(chan struct{}, 2*workers)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for b := range n {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			wg.Go(func() {
				out := &batch{}
				enc := json.NewEncoder(&out.buf)
				enc.SetEscapeHTML(false)
				enc.SetIndent("    ", "  ")
				for i := b * jsonBatch; i < min(len(xs), (b+1)*jsonBatch); i++ {
					if i > 0 {
						out.buf.WriteString(",")
					}
					out.buf.WriteString("\n    ")
					if out.err = enc.Encode(item(xs[i])); out.err != nil {
						break
					}
					out.buf.Truncate(out.buf.Len() - 1) // the encoder's newline
				}
				results[b] <- out
			})
		}
	})
	for b := range n {
		r := <-results[b]
		<-slots
		if r.err != nil && o.err == nil {
			o.err = r.err
		}
		if o.err != nil {
			break
		}
		o.w.Write(r.buf.Bytes())
	}
	close(stop)
	wg.Wait()
}

// close ends the object with its newline and flushes what is buffered.
func (o *jsonObject) close() error {
	if o.fields > 0 {
		o.w.WriteString("\n")
	}
	o.w.WriteString("}\n")
	if err := o.w.Flush(); err != nil && o.err == nil {
		o.err = err
	}
	return o.err
}
