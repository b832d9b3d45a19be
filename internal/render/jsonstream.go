package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
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
// for each x of xs. An empty list is [], never null.
func jsonList[T, J any](o *jsonObject, name string, xs []T, item func(T) J) {
	o.key(name)
	if len(xs) == 0 {
		o.w.WriteString("[]")
		return
	}
	o.w.WriteString("[")
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
	o.w.WriteString("\n  ]")
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
